import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, assertCliBuilt, cuttings } from '../support/cli.js';
import { tempLibrary } from '../support/temp-library.js';

const ARTICLE = [
  'date 2024-03-02 Halden: Ferry line closes for the winter',
  'HALDEN, March 2 (Coast Wire) -- The Halden ferry line closes for the winter on Monday, its operator said.',
  'Passengers can take the coastal bus, which runs every two hours.',
].join('\n\n');

// Each test starts the CLI three or four times, which takes a while on a busy machine.
describe('cuttings edit and cuttings history', { timeout: 120_000 }, () => {
  const lib = tempLibrary('cuttings-cli-edit-');
  let id: number;

  beforeAll(() => {
    assertCliBuilt();
    writeFileSync(join(lib.dir, 'ferry.txt'), ARTICLE);
    const added = cuttings(lib.path, 'add', join(lib.dir, 'ferry.txt'), '--json');
    expect(added.code, added.err).toBe(0);
    id = (JSON.parse(added.out) as { id: number }).id;
  });
  afterAll(() => lib.remove());

  it('corrects a headline, date, dateline, source, byline and address, keeping the paste', () => {
    const r = cuttings(
      lib.path,
      'edit',
      String(id),
      '--title',
      'Ferry line closes for the winter',
      '--date',
      '2024-03-02',
      '--dateline',
      'Halden',
      '--source',
      'Coast Wire',
      '--byline',
      'Ann Lee, Tom Reyes',
      '--url',
      'https://coast.example.org/ferry',
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Clip \d+ edited: title, .*byline, address\.\n$/);
    const clip = JSON.parse(cuttings(lib.path, 'show', String(id), '--json').out);
    expect(clip).toMatchObject({
      title: 'Ferry line closes for the winter',
      date: '2024-03-02',
      dateline: 'Halden',
      source: 'Coast Wire',
      byline: ['Ann Lee', 'Tom Reyes'],
      url: 'https://coast.example.org/ferry',
      raw: ARTICLE,
    });
    expect(cuttings(lib.path, 'show', String(id)).out).toContain('https://coast.example.org/ferry');
  });

  it('replaces the text from a file, and the search finds the new words', () => {
    writeFileSync(
      join(lib.dir, 'corrected.txt'),
      'The Halden ferry line closes for the winter on Tuesday,\nits operator said.\n\nPassengers can take the coastal bus, which runs every hour.\n',
    );
    const r = cuttings(lib.path, 'edit', String(id), '--text', join(lib.dir, 'corrected.txt'));
    expect(r.code, r.err).toBe(0);
    const clip = JSON.parse(cuttings(lib.path, 'show', String(id), '--json').out);
    expect(clip.paragraphs).toEqual([
      'The Halden ferry line closes for the winter on Tuesday, its operator said.',
      'Passengers can take the coastal bus, which runs every hour.',
    ]);
    expect(cuttings(lib.path, 'search', 'Tuesday', '--json').out).toContain(`"id": ${id}`);
  });

  it('lists who changed what, newest first, marking the command line as where', () => {
    const r = cuttings(lib.path, 'history', String(id));
    expect(r.code, r.err).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC {2}.+, in the command line$/);
    expect(lines[1]).toMatch(/^ {4}text: \d+ → \d+ words$/);
    expect(r.out).toMatch(/^ {4}title: .+ → “Ferry line closes for the winter”$/m);
    expect(r.out).toMatch(/^ {4}byline: .+ → Ann Lee, Tom Reyes$/m);
    const json = JSON.parse(cuttings(lib.path, 'history', String(id), '--json').out);
    expect(json).toHaveLength(2);
    expect(json[1].via).toBe('cli');
  });

  it.each([
    [['--date', '2 March 2024'], /--date takes a date as YYYY-MM-DD/],
    [['--url', 'coast ferry page'], /not a web address/],
    [[], /Say what to change/],
  ])('refuses %j with a message saying what to do, and changes nothing', (flags, message) => {
    const before = cuttings(lib.path, 'show', String(id), '--json').out;
    const r = cuttings(lib.path, 'edit', String(id), ...flags);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(message);
    expect(cuttings(lib.path, 'show', String(id), '--json').out).toBe(before);
  });

  it('edits the clip as it read it: a change made meanwhile is reported, and neither edit is written over', async () => {
    const before = JSON.parse(cuttings(lib.path, 'show', String(id), '--json').out);
    // The new text comes through a named pipe, which the command opens once it has read the clip.
    const pipe = join(lib.dir, 'new-text');
    execFileSync('mkfifo', [pipe]);
    const child = spawn(process.execPath, [CLI, 'edit', String(id), '--title', 'Ferry stays open', '--text', pipe, '--library', lib.path]);
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const writer = await Promise.race([
      open(pipe, 'w'),
      exited.then(() => {
        throw new Error(`cuttings edit ended before reading its text: ${err}`);
      }),
    ]);

    const meanwhile = cuttings(lib.path, 'edit', String(id), '--source', 'Harbour Gazette');
    expect(meanwhile.code, meanwhile.err).toBe(0);
    await writer.writeFile('The Halden ferry line stays open all winter, its operator said.\n');
    await writer.close();

    expect(await exited).toBe(1);
    expect(err).toMatch(
      new RegExp(
        `^cuttings: This clip was changed in another window or by the command line at \\d\\d:\\d\\d UTC; your edit was not saved\\. Run cuttings show ${id} to see it as it is now, then run the edit again\\.\n$`,
      ),
    );
    const after = JSON.parse(cuttings(lib.path, 'show', String(id), '--json').out);
    expect(after).toMatchObject({ title: before.title, paragraphs: before.paragraphs, source: 'Harbour Gazette' });
  });

  it('says so when there is no such clip', () => {
    const r = cuttings(lib.path, 'edit', '9999', '--title', 'X');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/no clip 9999/);
  });
});
