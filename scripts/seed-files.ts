/**
 * Reading the seeds folder: the manifest and each report's bytes and side files (overrides, suspected typos).
 * Shared by the content build, the benchmark and the tests, so all three parse exactly the same inputs.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import type { z } from 'zod';
import { issueLocation, jsonValueLines } from '../src/lib/json-lines.ts';
import { InputError } from '../src/lib/report-document.ts';
import { convertToText, needsConversion } from './convert-document.ts';
import type { Override, ParseOptions } from '../src/pipeline/index.ts';
import { annotationsFileSchema, manifestSchema, overridesFileSchema, type Manifest, type ManifestEntry } from '../src/schema/manifest.ts';

/** Paths in messages are relative to where the command runs, as compilers print them. */
export const shown = (path: string) => relative(process.cwd(), path) || path;

/** Reads and validates a JSON file; errors name the file, the line where known, and the field. */
export async function readJsonFile<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  const text = await readFile(path, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position ? text.slice(0, Number(position)).split('\n').length : 1;
    throw new InputError(shown(path), line, `invalid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    // In a list of entries with ids (the manifest's reports, the places), the entry's line and id; else the value's line.
    const { line, subject, field } = issueLocation(data, jsonValueLines(text), issue.path);
    throw new InputError(shown(path), line, `${subject === null ? '' : `${subject}: `}${field}: ${issue.message}`);
  }
  return result.data;
}

export function readManifest(seedsDir: string): Promise<Manifest> {
  return readJsonFile(join(seedsDir, 'manifest.json'), manifestSchema);
}

/** An overrides file (`seeds/<id>.overrides.json`, or any file of the same shape: `{"overrides": [...]}`). */
export async function readOverrides(path: string): Promise<Override[]> {
  return (await readJsonFile(path, overridesFileSchema)).overrides;
}

/**
 * Whether a report file is a seed: the folder it is in holds a `manifest.json` with an entry for its name.
 * Returns that folder and the entry, or null for any other file (no manifest there, or no entry for it).
 */
export async function findSeed(file: string): Promise<{ seedsDir: string; entry: ManifestEntry } | null> {
  const seedsDir = dirname(file);
  if (!existsSync(join(seedsDir, 'manifest.json'))) return null;
  const entry = (await readManifest(seedsDir)).reports.find((report) => report.file === basename(file));
  return entry ? { seedsDir, entry } : null;
}

/** A seed's bytes and the parse options from its side files. */
export async function readSeed(seedsDir: string, entry: ManifestEntry): Promise<{ path: string; bytes: Uint8Array; text: string | null; options: ParseOptions }> {
  const path = join(seedsDir, entry.file);
  if (!existsSync(path)) throw new InputError(shown(join(seedsDir, 'manifest.json')), 1, `${entry.id}: ${shown(path)} does not exist`);
  const overridesPath = join(seedsDir, `${entry.id}.overrides.json`);
  const annotationsPath = join(seedsDir, `${entry.id}.annotations.json`);
  const bytes = await readFile(path);
  return {
    path,
    bytes,
    // A Word document or saved web page is converted; a text file is read by the pipeline as it is.
    text: needsConversion(entry.file) ? await convertToText(entry.file, bytes, shown(path)) : null,
    options: {
      overrides: existsSync(overridesPath) ? await readOverrides(overridesPath) : [],
      suspectedTypos: existsSync(annotationsPath) ? (await readJsonFile(annotationsPath, annotationsFileSchema)).suspectedTypos : [],
    },
  };
}
