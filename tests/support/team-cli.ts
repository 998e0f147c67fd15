import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { CLI } from './cli.js';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `cuttings ARGS`, with `stdin` piped in (a password, for --password-stdin). Asynchronous, so
 * the test's own HTTP connections keep being served meanwhile (a blocked event loop would find a
 * kept-alive socket the server had closed).
 */
export function cuttings(args: string[], stdin = ''): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}

export interface RunningTeamServer {
  origin: string;
  stop(): Promise<void>;
  /** Ends the process at once (SIGKILL), as a crash or an out-of-memory kill would. */
  kill(): Promise<void>;
  /** What it has written to stderr so far: its log. */
  stderr(): string;
}

/** Starts `cuttings team serve ARGS --json` and waits for the line with its address. */
export function startTeamServe(args: string[]): Promise<RunningTeamServer> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'team', 'serve', ...args, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (process.env.CUTTINGS_TEST_SERVER_LOG) process.stderr.write(chunk);
  });
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`cuttings team serve stopped (${code}): ${stderr}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      const { url } = JSON.parse(line) as { url: string };
      resolve({ origin: url.replace(/\/$/, ''), stop: () => end('SIGTERM'), kill: () => end('SIGKILL'), stderr: () => stderr });
    });
  });
}
