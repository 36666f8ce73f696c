/**
 * The plain bag-of-words baseline every feature must beat: lower-cased word unigrams and
 * bigrams, nothing else, trained the same way as the shipped model.
 */
export function bagOfWords(text: string): string[] {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const features = words.map((word) => `w:${word}`);
  for (let i = 1; i < words.length; i++) features.push(`b:${words[i - 1]} ${words[i]}`);
  return features;
}
