/**
 * A text file as its author meant it. Windows editors save a byte-order mark (Notepad) and CRLF line
 * ends, both invisible: read as they are, the mark breaks YAML, front matter and JSON. Every line end
 * stays one line end, so the lines a message names stay the file's own.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const normalise = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

export const readTextFile = async (path: string): Promise<string> => normalise(await readFile(path, 'utf8'));

export const readTextFileSync = (path: string): string => normalise(readFileSync(path, 'utf8'));
