#!/usr/bin/env python3
# A test-environment shim, never part of the image: podman is pointed at this file as its OCI runtime
# (`--runtime`), under the name runc. It removes `process.rlimits` from the bundle's config.json and
# then runs the real runc with the same arguments.
#
# Why: this machine's sandbox lacks CAP_SYS_RESOURCE, and podman always asks the runtime to set
# RLIMIT_NPROC (and others) for the container's first process. runc then fails every start with
# "error setting rlimits" whatever --ulimit or containers.conf say; crun fails the same way
# (setrlimit RLIMIT_NPROC: Operation not permitted). On a real host nothing here is needed.
#
# The real runc: $PREFECT_WORKER_REAL_RUNC, else /usr/sbin/runc (Debian's package).
import json
import os
import sys

REAL_RUNC = os.environ.get("PREFECT_WORKER_REAL_RUNC", "/usr/sbin/runc")
# Subcommands that read the bundle's config.json to start a process.
STARTING = {"create", "run"}


def bundle_dir(args):
    """The --bundle/-b value after the subcommand (runc's default is the working directory)."""
    for i, arg in enumerate(args):
        if arg in ("--bundle", "-b") and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--bundle="):
            return arg.split("=", 1)[1]
    return os.getcwd()


def subcommand(args):
    """The first argument that is not a global flag or a global flag's value."""
    takes_value = {"--root", "--log", "--log-format", "--criu", "--rootless"}
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in takes_value:
            i += 2
            continue
        if arg.startswith("-"):
            i += 1
            continue
        return i, arg
    return None, None


def drop_rlimits(config_path):
    with open(config_path, encoding="utf-8") as f:
        config = json.load(f)
    process = config.get("process") or {}
    if "rlimits" not in process:
        return
    del process["rlimits"]
    tmp = config_path + ".shim"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(config, f)
    os.replace(tmp, config_path)


def main():
    args = sys.argv[1:]
    index, command = subcommand(args)
    if command in STARTING:
        drop_rlimits(os.path.join(bundle_dir(args[index + 1 :]), "config.json"))
    os.execv(REAL_RUNC, [REAL_RUNC, *args])


if __name__ == "__main__":
    main()
