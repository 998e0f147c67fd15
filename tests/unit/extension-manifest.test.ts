import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionBuild } from '../../scripts/extension-build.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'cuttings-extension-'));

interface LintMessage {
  code: string;
  message: string;
}

beforeAll(async () => {
  await extensionBuild(root, out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the browser extension as built', () => {
  it('passes Firefox’s checks (web-ext lint): its one warning is the service worker Firefox ignores for its background scripts', async () => {
    const webExt = join(root, 'node_modules/.bin/web-ext');
    const { stdout } = await promisify(execFile)(webExt, ['lint', '--source-dir', out, '--output', 'json'], {
      maxBuffer: 10_000_000,
    }).catch((err: { stdout: string }) => ({ stdout: err.stdout }));
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as Record<'errors' | 'warnings' | 'notices', LintMessage[]>;
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toEqual(['BACKGROUND_SERVICE_WORKER_IGNORED']);
  }, 120_000);

  it('asks for 127.0.0.1 only, runs no remote or evaluated code, and names itself to Firefox', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      manifest_version: number;
      host_permissions: string[];
      permissions: string[];
      background: { service_worker: string; scripts: string[] };
      commands: Record<string, unknown>;
      browser_specific_settings: { gecko: { id: string } };
    };
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.permissions).not.toContain('<all_urls>');
    expect(manifest.background).toEqual({ service_worker: 'background.js', scripts: ['background.js'] });
    expect(Object.keys(manifest.commands)).toEqual(['clip-page']);
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    for (const file of readdirSync(out).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(out, file), 'utf8');
      expect(code, file).not.toMatch(/\beval\(|new Function\(|importScripts\(|https?:\/\/(?!127\.0\.0\.1)[a-z]/u);
    }
  });
});
