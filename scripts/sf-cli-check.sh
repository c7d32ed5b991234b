#!/usr/bin/env bash
# The Salesforce CLI (from the npm registry, on Node 22 from the registry too) against the
# Salesforce emulator; see emulators/README.md, "The Salesforce CLI". Exits 0 with
# "skipped: <why>" when the CLI cannot be installed. SF_CLI_CHECK_DIR keeps the install.
set -euo pipefail
cd "$(dirname "$0")/.."
exec npx tsx emulators/cli-check/sf-cli-check.ts "$@"
