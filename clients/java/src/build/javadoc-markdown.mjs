// The contracts' descriptions are Markdown; openapi-generator copies them into the generated Javadoc
// HTML-escaped as they are, so the reference showed `&#x60;status&#x60;` as backquoted text and
// \"quotes\" with their backslashes. This renders, inside Javadoc comments only, what the
// descriptions use: code spans, bold, links, and the generator's escaped quotes; and it says what
// a generated call throws, by name, where the generator says "if fails to make API call". It then
// fails the build on any Markdown left raw, so a new construct in a contract is seen, not shipped.
//   node javadoc-markdown.mjs <dir with generated .java files>...
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const rules = [
  [/&#x60;(.+?)&#x60;/g, '<code>$1</code>'],
  [/\\&quot;/g, '&quot;'],
  [/\*\*([^*\s][^*]*?)\*\*/g, '<b>$1</b>'],
  [/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>'],
  [/@throws ApiException if fails to make API call/g, '@throws ApiException the call failed: an error answer is a '
    + '{@link com.qeetmart.sdk.QeetMartApiException} of its kind ({@link com.qeetmart.sdk.ConflictException}, '
    + '{@link com.qeetmart.sdk.NotFoundException}, ...), no answer a {@link com.qeetmart.sdk.ConnectionFailedException} '
    + 'or a {@link com.qeetmart.sdk.DeadlineExceededException}; all are {@code ApiException}s'],
];
const raw = /&#x60;|\\&quot;|\*\*[^*\s]|\]\(https?:/;

const rendered = (comment) => rules.reduce((text, [pattern, html]) => text.replace(pattern, html), comment);

let files = 0;
let changed = 0;
const left = [];
for (const dir of process.argv.slice(2)) {
  for (const name of readdirSync(dir, { recursive: true }).filter((file) => file.endsWith('.java'))) {
    const path = join(dir, name);
    const source = readFileSync(path, 'utf8');
    const output = source.replace(/\/\*\*[\s\S]*?\*\//g, rendered);
    files++;
    if (output !== source) {
      writeFileSync(path, output);
      changed++;
    }
    for (const comment of output.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
      const line = comment.split('\n').find((text) => raw.test(text));
      if (line) left.push(`${path}: ${line.trim().slice(0, 160)}`);
    }
  }
}
if (left.length > 0) {
  console.error(`javadoc-markdown: Markdown left raw in ${left.length} comment(s), e.g.\n  ${left.slice(0, 5).join('\n  ')}`);
  process.exit(1);
}
console.log(`javadoc-markdown: ${changed} of ${files} generated files rendered`);
