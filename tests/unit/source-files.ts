import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every TypeScript file of the extension's own code, below the given folders. */
export function sourceFiles(...dirs: string[]): string[] {
  const below = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? below(join(dir, entry.name))
        : /\.(ts|tsx)$/.test(entry.name)
          ? [join(dir, entry.name)]
          : [],
    );
  return dirs.flatMap(below);
}
