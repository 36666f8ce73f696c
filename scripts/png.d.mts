export function pngSize(bytes: Buffer): { width: number; height: number };
export function sha256(bytes: Buffer): string;
