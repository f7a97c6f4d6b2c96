#!/usr/bin/env bash
# Builds the "next build" that tests/e2e/update.spec.js deploys over the
# release build in dist/: the same source with one visible sentence changed
# (the English tagline ends with "(next build)"), built the same way into
# dist-next/. Its code differs, so every file of the first download has a
# new name, as after any real change. It is built from a copy of the
# source under target/, with a cargo target directory of its own: one
# shared with the main build would leave the next build's module where
# the main build's next run reads its own (cargo does not copy a fresh
# artifact back).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$root/target/next-build"
cd "$root"
sources=(Cargo.toml Cargo.lock build.rs Trunk.toml index.html src core locales style public tools tests/e2e/build-next.sh)
# Nothing to do when dist-next/ was built from these very sources.
stamp="$(find "${sources[@]}" -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)"
if [ -f dist-next/index.html ] && [ "$(cat target/next-build.stamp 2>/dev/null)" = "$stamp" ]; then
  exit 0
fi
rm -rf "$work"
mkdir -p "$work"
cp -r Cargo.toml Cargo.lock build.rs Trunk.toml index.html src core locales style public tools "$work"/
ln -s "$root/node_modules" "$work/node_modules"
node -e '
  const fs = require("fs");
  const file = process.argv[1];
  const texts = JSON.parse(fs.readFileSync(file, "utf8"));
  texts.tagline += " (next build)";
  fs.writeFileSync(file, JSON.stringify(texts, null, 2) + "\n");
' "$work/locales/en/common.json"
cd "$work"
rm -rf "$root/dist-next"
CARGO_TARGET_DIR="$root/target/next-target" trunk build --release --offline --dist "$root/dist-next"
echo "$stamp" > "$root/target/next-build.stamp"
