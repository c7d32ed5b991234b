import { EmulatorFlagError, emulatorFlagsHelp, parseEmulatorFlags } from './cli-flags';
import { startDynamicsEmulator } from './dynamics/emulator';
import { startOracleEmulator } from './oracle/emulator';
import { startSalesforceEmulator } from './salesforce/emulator';

/**
 * `npm run emulators`: starts the CRM emulators and prints exactly one JSON line with what a
 * client needs to reach them; runs until interrupted. Bundled to dist/emulators.cjs.
 */
async function main(): Promise<void> {
  let flags;
  try {
    flags = parseEmulatorFlags(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(emulatorFlagsHelp);
    process.exit(2);
  }
  if (flags.help) {
    console.error(emulatorFlagsHelp);
    return;
  }
  const salesforce = await startSalesforceEmulator({
    dataDir: flags.dataDir,
    port: flags.portBase,
    records: flags.records,
    seed: flags.seed,
  });
  const dynamics = await startDynamicsEmulator({
    dataDir: flags.dataDir,
    port: flags.portBase === 0 ? 0 : flags.portBase + 1,
    records: flags.records,
    seed: flags.seed,
  });
  const oracle = await startOracleEmulator({
    dataDir: flags.dataDir,
    // Dynamics 365 takes portBase + 1.
    port: flags.portBase === 0 ? 0 : flags.portBase + 2,
    records: flags.records,
    seed: flags.seed,
  });
  const { username, password, securityToken, clientId, clientSecret } = salesforce.credentials;
  process.stdout.write(
    `${JSON.stringify({
      salesforce: {
        loginUrl: salesforce.loginUrl,
        username,
        password,
        securityToken,
        clientId,
        clientSecret,
      },
      dynamics: {
        serverUrl: dynamics.serverUrl,
        authority: dynamics.authority,
        clientId: dynamics.credentials.clientId,
        username: dynamics.credentials.username,
        password: dynamics.credentials.password,
        certificateFile: dynamics.certificate.certificateFile,
        privateKeyFile: dynamics.certificate.privateKeyFile,
        thumbprint: dynamics.certificate.thumbprint,
      },
      oracle: {
        serverUrl: oracle.serverUrl,
        username: oracle.credentials.username,
        password: oracle.credentials.password,
        timeZone: oracle.timeZone,
      },
      caFile: salesforce.caFile,
    })}\n`,
  );
  const stop = () => {
    void Promise.all([salesforce.close(), dynamics.close(), oracle.close()]).then(() =>
      process.exit(0),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(
    error instanceof EmulatorFlagError || error instanceof Error ? error.message : error,
  );
  process.exit(1);
});
