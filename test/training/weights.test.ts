import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainedModule } from '../../src/training/train';

const root = join(__dirname, '..', '..');
const corpusDir = join(root, '..', 'shared', 'corpus');

describe('the committed model', () => {
  it('is exactly what training on the corpus gives', { timeout: 240_000 }, () => {
    const committed = readFileSync(join(root, 'src', 'core', 'model', 'weights.ts'), 'utf8');
    const trained = trainedModule(join(corpusDir, 'statements.csv'), join(corpusDir, 'synthetic.csv'));
    // Compared as text, so a difference names the first line that moved; run `npm run train` to regenerate.
    expect(trained === committed, 'src/core/model/weights.ts differs from a fresh `npm run train`').toBe(true);
  });
});
