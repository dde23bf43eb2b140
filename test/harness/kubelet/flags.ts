// Command-line flags, kubelet style: `--name value` and `--name=value` are both accepted.

export interface KubeletFlags {
  kubeconfig: string;
  nodeName: string;
  address: string;
  port: number;
  tlsCertFile: string;
  tlsKeyFile: string;
  rootDir: string;
  imageMap: string | undefined;
}

const known = [
  "kubeconfig",
  "node-name",
  "address",
  "port",
  "tls-cert-file",
  "tls-key-file",
  "root-dir",
  "image-map",
] as const;
type FlagName = (typeof known)[number];

export const usage = `usage: main.ts --kubeconfig <file> --tls-cert-file <file> --tls-key-file <file> --root-dir <dir>
               [--node-name local-node] [--address 127.0.0.1] [--port 10250] [--image-map <file.json>]`;

export function parseFlags(argv: readonly string[]): KubeletFlags {
  const values = new Map<FlagName, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) throw new Error(`unexpected argument ${JSON.stringify(arg)}\n${usage}`);
    const eq = arg.indexOf("=");
    const name = (eq === -1 ? arg.slice(2) : arg.slice(2, eq)) as FlagName;
    if (!known.includes(name)) throw new Error(`unknown flag --${name}\n${usage}`);
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined) throw new Error(`flag --${name} needs a value\n${usage}`);
    values.set(name, value);
  }
  const required = (name: FlagName): string => {
    const v = values.get(name);
    if (!v) throw new Error(`missing required flag --${name}\n${usage}`);
    return v;
  };
  const portText = values.get("port") ?? "10250";
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`invalid --port ${portText}`);
  return {
    kubeconfig: required("kubeconfig"),
    nodeName: values.get("node-name") || "local-node",
    address: values.get("address") || "127.0.0.1",
    port,
    tlsCertFile: required("tls-cert-file"),
    tlsKeyFile: required("tls-key-file"),
    rootDir: required("root-dir"),
    imageMap: values.get("image-map") || undefined,
  };
}
