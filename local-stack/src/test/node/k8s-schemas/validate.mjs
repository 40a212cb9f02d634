// Validates Kubernetes objects (a JSON array in the file named by the first argument) against the
// schema of their apiVersion/kind and prints {"validated": n, "problems": [...]} as JSON.
//
// Schemas: the kubernetes-models packages, generated from Kubernetes' own OpenAPI document and from
// the operators' CRDs (KEDA, Strimzi, Prometheus Operator). Their validators check types, formats,
// enums and required fields, but accept unknown fields (the schemas do not say
// additionalProperties: false), which `kubectl apply` rejects (strict field validation). So each
// object is validated through a Proxy that records which properties the schema's validator looks
// at: an object whose schema declares properties reads every one of them, so a key it never read is
// unknown. Objects whose schema declares none (free-form, x-kubernetes-preserve-unknown-fields such
// as KafkaTopic spec.config) and maps (labels, KEDA trigger metadata: the validator enumerates
// their keys) are exempt, as they are on the API server.
import { readFileSync } from "node:fs";

/** API groups served by CRDs, and the package that holds their schemas. */
const CRD_PACKAGES = {
  "keda.sh": "@kubernetes-models/keda",
  "kafka.strimzi.io": "@kubernetes-models/strimzi-kafka-operator",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
};

async function modelOf(apiVersion, kind) {
  const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
  const builtIn = !group.includes(".") || group.endsWith(".k8s.io");
  const pkg = CRD_PACKAGES[group] ?? (builtIn ? "kubernetes-models" : null);
  if (pkg === null) {
    return null;
  }
  let module;
  try {
    module = await import(`${pkg}/${apiVersion}`);
  } catch {
    return null;
  }
  return Object.values(module).find((m) => m.apiVersion === apiVersion && m.kind === kind) ?? null;
}

/** A copy of value whose objects record, in nodes, the keys the validator reads. */
function traced(value, path, nodes) {
  if (value === null || typeof value !== "object") {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map((item, index) => traced(item, `${path}/${index}`, nodes));
  }
  const node = { path, keys: Object.keys(value), read: new Set(), enumerated: false };
  nodes.push(node);
  const copy = {};
  for (const [key, child] of Object.entries(value)) {
    copy[key] = traced(child, `${path}/${key}`, nodes);
  }
  return new Proxy(copy, {
    get(target, key, receiver) {
      if (typeof key === "string") node.read.add(key);
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (typeof key === "string") node.read.add(key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      node.enumerated = true;
      return Reflect.ownKeys(target);
    },
  });
}

async function validate(object) {
  const name = `${object.kind}/${object.metadata?.name}`;
  const model = await modelOf(String(object.apiVersion), String(object.kind));
  if (model === null) {
    return [{ object: name, path: "", message: `no schema for ${object.apiVersion} ${object.kind}` }];
  }
  const problems = [];
  const nodes = [];
  try {
    model.prototype.validate.call(traced(object, "", nodes));
  } catch (error) {
    if (!Array.isArray(error.errors)) {
      throw error;
    }
    for (const e of error.errors) {
      const missing = e.keyword === "required" ? `/${e.params.missingProperty}` : "";
      problems.push({ object: name, path: e.instancePath + missing, message: e.message });
    }
  }
  for (const node of nodes) {
    if (node.enumerated || node.read.size === 0) {
      continue;
    }
    for (const key of node.keys.filter((k) => !node.read.has(k))) {
      problems.push({ object: name, path: `${node.path}/${key}`, message: "unknown field" });
    }
  }
  return problems;
}

const objects = JSON.parse(readFileSync(process.argv[2], "utf8"));
const problems = [];
for (const object of objects) {
  problems.push(...(await validate(object)));
}
console.log(JSON.stringify({ validated: objects.length, problems }));
