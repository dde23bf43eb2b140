// `npm run build`: the two commands as self-contained ES modules in dist/ (what the image ships), bundled
// by esbuild with everything they import, so the runtime needs neither node_modules nor a module loader
// walking thousands of files.
//
//   dist/cli/main.js       prefect-worker (the image's ENTRYPOINT)
//   dist/cli/prefect.js    the `prefect` compatibility command
//   dist/cli/chunks/*.js   code both share
//   dist/package.json      {"type": "module"}, so dist/ runs wherever it is copied
//
// Why a bundle: @kubernetes/client-node ships ~3,000 ES modules and its index evaluates all of them; loaded
// as files they cost a process ~80 MB before its first request. Its package declares no "sideEffects", so
// the plugin below declares its files side-effect free: the bundle then keeps only the modules that
// src/kubernetes/client-node.ts reaches. `import.meta.main` is false inside the bundle (every module
// shares the entry's import.meta), so the entries are generated here and call the CLIs' run functions.
//
//   npm run build                   build, and print the bundle's size by package
//   npm run build -- --analyze      also list the 25 largest inputs
//   npm run build -- --outdir DIR   build into DIR instead of dist/ (the image's install step)
import { Ajv } from "ajv";
import ajvStandalone from "ajv/dist/standalone/index.js";
import * as esbuild from "esbuild";
import { chmodSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { SETTINGS_AJV_OPTIONS, SETTINGS_SCHEMA } from "../src/config/settings-schema.ts";

const root = join(import.meta.dirname, "..");

const entries: Record<string, { module: string; run: string }> = {
  "cli/main": { module: "src/cli/main.ts", run: "runCli" },
  "cli/prefect": { module: "src/cli/prefect.ts", run: "runPrefectCli" },
};

const entryPlugin: esbuild.Plugin = {
  name: "cli-entries",
  setup(build) {
    build.onResolve({ filter: /^entry:/ }, (args) => ({
      path: args.path.slice("entry:".length),
      namespace: "entry",
    }));
    build.onLoad({ filter: /.*/, namespace: "entry" }, (args) => {
      const entry = entries[args.path]!;
      return {
        resolveDir: root,
        loader: "ts",
        contents:
          `import { ${entry.run} } from "./${entry.module}";\n` +
          `import { processIo } from "./src/cli/parser.ts";\n` +
          `process.exitCode = await ${entry.run}(process.argv.slice(2), processIo());\n`,
      };
    });
  },
};

const CLIENT_NODE_DIST = "/node_modules/@kubernetes/client-node/dist/";

const sideEffectFreeClientNode: esbuild.Plugin = {
  name: "client-node-side-effect-free",
  setup(build) {
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === "resolved") return undefined;
      if (!args.path.includes("client-node") && !args.importer.includes(CLIENT_NODE_DIST)) return undefined;
      const result = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: "resolved",
      });
      if (result.errors.length > 0 || !result.path.includes(CLIENT_NODE_DIST)) return result;
      return { ...result, sideEffects: false };
    });
  },
};

// An ES import of a built-in goes through its ES module facade, which reads every export up front, lazy
// getters included: importing anything from node:http that way loads Node's own copy of undici for the
// `WebSocket`, `CloseEvent` and `MessageEvent` getters (~12 MB). Required as CommonJS, getters stay lazy.
const builtinsAsRequire: esbuild.Plugin = {
  name: "builtins-as-require",
  setup(build) {
    const names = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    build.onResolve({ filter: /^[a-z:_/]+$/ }, (args) => {
      if (!names.has(args.path)) return undefined;
      // The shim's own require() is the real one.
      if (args.namespace === "builtin") return { path: args.path, external: true };
      return { path: args.path, namespace: "builtin" };
    });
    build.onLoad({ filter: /.*/, namespace: "builtin" }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: "js",
    }));
  },
};

// The settings validator as code generated here from the same schema and options (ajv standalone), in
// place of src/config/settings-validator.ts, which compiles it at run time: the bundle then carries ajv's
// few runtime helpers instead of its compiler, and an idle worker holds ~1.6 MiB less.
const prebuiltSettingsValidator: esbuild.Plugin = {
  name: "prebuilt-settings-validator",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]config[\\/]settings-validator\.ts$/ }, () => {
      const ajv = new Ajv({ ...SETTINGS_AJV_OPTIONS, code: { source: true, esm: true } });
      ajv.addSchema(SETTINGS_SCHEMA, "settings");
      // The generated code require()s ajv's runtime helpers, which esbuild leaves to run time in an ES
      // module; as imports they are bundled.
      const imports: string[] = [];
      // A CommonJS module whose export is also its own `default`: the one spelling both TS and Node accept.
      const code = ajvStandalone
        .default(ajv, { validateSettings: "settings" })
        .replace(/require\("(ajv\/dist\/runtime\/[\w-]+)"\)/g, (_: string, path: string) => {
          imports.push(`import __ajvRuntime${imports.length} from ${JSON.stringify(path)};`);
          return `__ajvRuntime${imports.length - 1}`;
        });
      return { contents: `${imports.join("\n")}\n${code}`, loader: "js", resolveDir: root };
    });
  },
};

// undici's index requires everything undici has (every dispatcher, interceptor, cache store, mock agent,
// EventSource) and builds a CacheStorage; src/undici-slim.cjs gives the bundle only the exports it
// imports. Its milo parser (two ~77 KiB WebAssembly modules, used only with UNDICI_USE_MILO=1) is left
// out: the worker speaks HTTP/1 through llhttp, undici's default.
const slimUndici: esbuild.Plugin = {
  name: "slim-undici",
  setup(build) {
    build.onResolve({ filter: /^undici$/ }, () => ({ path: join(root, "src/undici-slim.cjs") }));
    build.onLoad({ filter: /[\\/]node_modules[\\/]undici[\\/]lib[\\/]milo[\\/][\w-]+\.js$/ }, () => ({
      loader: "js",
      contents:
        "module.exports = { setup() { throw new Error(" +
        JSON.stringify("UNDICI_USE_MILO is not supported by prefect-worker's bundle: unset it") +
        "); } };",
    }));
  },
};

// How the commands start when executed (the image's PATH entries, `npx prefect-worker`): the process
// settings that keep an idle worker small, measured with `npm run bench` (idle RSS, observer on):
// - MALLOC_ARENA_MAX=1: glibc gives each thread that allocates (V8's GC helpers, libuv's pool) its own
//   malloc arena, which each keep freed memory; one arena saved ~8 MB over 2 and ~10 MB over the default.
//   glibc reads it at start-up only, hence here and not in code.
// - MALLOC_MMAP_THRESHOLD_=32768 MALLOC_TRIM_THRESHOLD_=32768 MALLOC_TOP_PAD_=0: glibc's mmap threshold
//   starts at 128 KiB and rises (to 32 MiB) each time a mapped block is freed, so ever larger short-lived
//   buffers (HTTP bodies, TLS records) land in the heap, where freed pages stay resident unless they are
//   at its top. Fixed, low thresholds and no top pad hand them back: the idle worker holds ~10 MiB less
//   and a 200-run burst's peak ~7 MiB less, at the same CPU (one of the three alone: 2-6 MiB). jemalloc
//   (narenas:1, no decay) did as well but is a library to ship; tcmalloc was ~17 MiB worse.
// - --max-semi-space-size=1: V8's young generation grows to 16 MB per semi-space under load and stays;
//   1 MB keeps ~6 MB less resident for more frequent, cheap scavenges.
// - --optimize-for-size: V8 favours smaller code and objects over speed (~3 MB).
// - --liftoff-only: undici parses HTTP/1 with llhttp compiled to WebAssembly; V8 compiles it with its
//   baseline compiler, then again with TurboFan in the background, which pages in TurboFan's WebAssembly
//   pipeline from the node binary. Baseline code only: idle -3.6 MiB (RssFile), same burst CPU and peak.
//   JavaScript is not affected. (--no-wasm-tier-up and --wasm-lazy-compilation: no gain.)
// GNU env's -S splits the line, so one shebang carries them all; `node dist/cli/main.js` runs without them.
const SHEBANG =
  "#!/usr/bin/env -S MALLOC_ARENA_MAX=1 MALLOC_MMAP_THRESHOLD_=32768 MALLOC_TRIM_THRESHOLD_=32768 " +
  "MALLOC_TOP_PAD_=0 node --max-semi-space-size=1 --optimize-for-size --liftoff-only";
// The kernel reads at most 255 bytes of a #! line.
if (SHEBANG.length > 255) throw new Error(`the #! line is ${SHEBANG.length} bytes; Linux reads 255`);

function packageOf(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (match) return match[1]!;
  return input.startsWith("src/") ? input.split("/").slice(0, 2).join("/") : input;
}

const { values } = parseArgs({
  options: { analyze: { type: "boolean", default: false }, outdir: { type: "string" } },
  strict: true,
});
const outdir = resolve(values.outdir ?? join(root, "dist"));

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const started = Date.now();
const result = await esbuild.build({
  entryPoints: Object.keys(entries).map((out) => ({ in: `entry:${out}`, out })),
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: "cli/chunks/[name]-[hash]",
  format: "esm",
  platform: "node",
  target: "node24",
  // Whitespace and syntax only: identifiers keep their names, so stack traces and error names stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  define: { "import.meta.main": "false" },
  // Bundled CommonJS packages call require() for Node's built-ins; an ES module has none of its own.
  banner: {
    js: `${SHEBANG}\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);`,
  },
  // License comments go to dist/cli/*.LEGAL.txt: one non-ASCII letter in them would make V8 hold the
  // whole bundle's source as a two-byte string (7 MB instead of 3.5).
  legalComments: "external",
  charset: "ascii",
  metafile: true,
  logLevel: "warning",
  plugins: [entryPlugin, builtinsAsRequire, sideEffectFreeClientNode, prebuiltSettingsValidator, slimUndici],
});
writeFileSync(join(outdir, "package.json"), `${JSON.stringify({ type: "module" }, null, 2)}\n`);
for (const out of Object.keys(entries)) chmodSync(join(outdir, `${out}.js`), 0o755);

const bytesByPackage = new Map<string, number>();
const inputs: [string, number][] = [];
let total = 0;
for (const output of Object.values(result.metafile.outputs)) {
  total += output.bytes;
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = packageOf(input);
    bytesByPackage.set(name, (bytesByPackage.get(name) ?? 0) + bytesInOutput);
    inputs.push([input, bytesInOutput]);
  }
}
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;
const top = [...bytesByPackage].sort((a, b) => b[1] - a[1]).slice(0, 12);
process.stderr.write(
  `[build] dist/ in ${Date.now() - started} ms: ${kib(total)} of JavaScript; largest: ` +
    `${top.map(([name, bytes]) => `${name} ${kib(bytes)}`).join(", ")}\n`,
);
if (values.analyze) {
  for (const [input, bytes] of inputs.sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    process.stderr.write(`  ${kib(bytes).padStart(9)}  ${input}\n`);
  }
}
