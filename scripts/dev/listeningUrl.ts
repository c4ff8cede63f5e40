import type { ChildProcess } from 'node:child_process';

/**
 * The base URL a started API process prints on stdout ("listening on <url>"); rejects when the
 * process exits first or says nothing within `timeoutMs`. `logs` adds what the process wrote to stderr.
 *
 * @example
 * await listeningUrl(spawn('node', ['host.mjs'], { stdio: ['ignore', 'pipe', 'pipe'] }), 30_000, 'API') // 'http://127.0.0.1:41234/api'
 */
export function listeningUrl(child: ChildProcess, timeoutMs: number, what: string, logs: () => string = () => ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start in ${timeoutMs / 1000} s: ${logs()}`)), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code}: ${logs()}`));
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
}
