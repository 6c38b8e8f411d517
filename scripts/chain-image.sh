#!/usr/bin/env bash
# docs/chain.svg and docs/chain.png, the chain diagram in the README: drawn by the report from a
# real run of the baseline beside long involvement (`npm run docs:chain`; REPLICATIONS=n to change
# the 10 replications). Nothing is drawn by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
node bin/jbsim compare scenarios/foodvalley/baseline.yaml scenarios/foodvalley/long-involvement.yaml \
  --replications "${REPLICATIONS:-10}" --lang en --out "$out" --quiet
cp "$out/charts/chain-long-involvement.svg" docs/chain.svg
cp "$out/charts/chain-long-involvement.png" docs/chain.png
echo "wrote docs/chain.svg and docs/chain.png"
