// npm run bench: every benchmark in turn, on a fresh build. Each prints `name: value` lines.
// The timing benchmark alone takes about 16 minutes (a 15-minute session, 10 of them hidden).
import { execFileSync } from 'node:child_process';

const run = (script) => {
  console.log(`\n== npm run ${script}`);
  execFileSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
};

execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
for (const script of [
  'bench:size',
  'bench:lighthouse',
  'bench:journal',
  'bench:repeat',
  'bench:hands',
  'bench:track-blobs',
  'bench:timing',
]) {
  run(script);
}
