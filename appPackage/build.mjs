// npm run package: fills the manifest's ${{BOT_ID}} and ${{TEAMS_APP_ID}} from the environment and zips
// manifest.json with the icons into appPackage/build/appPackage.zip for upload to Teams.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(dir, 'build');
const botId = process.env.BOT_ID;
if (!botId) {
  console.error('package: BOT_ID is not set (the Azure Bot app id goes into the manifest)');
  process.exit(2);
}
const manifest = fs
  .readFileSync(path.join(dir, 'manifest.json'), 'utf8')
  .replaceAll('${{BOT_ID}}', botId)
  .replaceAll('${{TEAMS_APP_ID}}', process.env.TEAMS_APP_ID ?? botId);
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'manifest.json'), manifest);
for (const icon of ['color.png', 'outline.png']) fs.copyFileSync(path.join(dir, icon), path.join(out, icon));
execFileSync('zip', [
  '-q',
  '-j',
  path.join(out, 'appPackage.zip'),
  ...['manifest.json', 'color.png', 'outline.png'].map((f) => path.join(out, f)),
]);
console.log(`package: ${path.relative(process.cwd(), path.join(out, 'appPackage.zip'))}`);
