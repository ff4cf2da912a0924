// Validates core Kubernetes objects with the schemas of npm kubernetes-models (the API's OpenAPI).
// Reads a JSON array of objects on stdin; prints a JSON array of {kind, name, error}, one per
// invalid object. A kind it has no model for is reported too, so nothing passes unchecked.
const input = JSON.parse(await new Promise((resolve) => {
  let text = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk) => (text += chunk));
  process.stdin.on("end", () => resolve(text));
}));

const problems = [];
for (const object of input) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : ["", object.apiVersion];
  const name = object.metadata?.name ?? "(no name)";
  let models;
  try {
    models = await import(group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`);
  } catch {
    problems.push({ kind: object.kind, name, error: `no schema for ${object.apiVersion}` });
    continue;
  }
  const Model = models[object.kind];
  if (!Model) {
    problems.push({ kind: object.kind, name, error: `no schema for ${object.apiVersion} ${object.kind}` });
    continue;
  }
  try {
    new Model(object).validate();
  } catch (e) {
    problems.push({ kind: object.kind, name, error: e.message });
  }
}
process.stdout.write(JSON.stringify(problems));
