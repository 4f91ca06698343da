#!/usr/bin/env bash
# Puts the Node version named in .node-version first on PATH, installing it from the npm registry's
# `node` package (official Node binaries) when the machine has another one. Source it: `. .ci/node.sh`.
# Electron embeds this Node major in the main process, so tests run on the same runtime as the app.
wanted="$(tr -d '[:space:]' < "$(dirname "${BASH_SOURCE[0]}")/../.node-version")"
if [ "$(node -v 2>/dev/null)" != "v${wanted}" ]; then
  prefix="${XDG_CACHE_HOME:-$HOME/.cache}/so-tay-mat-tran/node-${wanted}"
  if [ ! -x "${prefix}/node_modules/.bin/node" ] || [ "$("${prefix}/node_modules/.bin/node" -v)" != "v${wanted}" ]; then
    mkdir -p "${prefix}"
    npm install --prefix "${prefix}" --no-save --no-audit --no-fund --loglevel=error "node@${wanted}" >/dev/null
  fi
  export PATH="${prefix}/node_modules/.bin:${PATH}"
fi
echo "Node $(node -v), npm $(npm -v)"
