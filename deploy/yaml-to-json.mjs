// YAML to a JavaScript value, for the deployment checks. Node has no YAML parser and nothing is
// vendored, so `kubectl` (which ci/deploy-check installs anyway) does it: prefixed with
// apiVersion/kind/metadata, the text is a valid object for `kubectl label --local -o json`, which
// parses it offline (anchors and `<<` merge keys included). python3 + PyYAML is used instead when
// kubectl is missing. Throws with the parser's message when the text is not YAML.
import { execFileSync } from 'node:child_process';

export function yamlToJson(text) {
  const header = 'apiVersion: check.qeetmart/v1\nkind: YamlFile\nmetadata: {name: checked}\n';
  try {
    return JSON.parse(execFileSync('kubectl', ['label', '--local', '-f', '-', 'checked=yes', '-o', 'json'],
      { input: header + text, env: { ...process.env, KUBECONFIG: '/dev/null' }, stdio: ['pipe', 'pipe', 'pipe'] }));
  } catch (e) {
    if (e.code !== 'ENOENT') throw new Error(String(e.stderr ?? e.message));
  }
  return JSON.parse(execFileSync('python3', ['-c',
    'import json,sys,yaml; print(json.dumps(yaml.safe_load(sys.stdin)))'], { input: text }));
}
