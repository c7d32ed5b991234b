// electron-builder's afterPack hook: flips Electron's fuses in the packaged binary before it
// is signed, so that the installed app cannot be turned into a plain Node or made to load code
// from outside its checked asar.
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';
import { Arch } from 'electron-builder';

/** The fuses of a hardened build (asar integrity is checked on macOS and Windows only). */
export const hardenedFuses = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The packaged Electron executable, named as electron-builder names it per platform. */
function executableOf(context) {
  const { appOutDir, packager, electronPlatformName } = context;
  const product = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas')
    return join(appOutDir, `${product}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${product}.exe`);
  return join(appOutDir, packager.executableName);
}

export default async function flipHardenedFuses(context) {
  await flipFuses(executableOf(context), {
    version: FuseVersion.V1,
    // Flipping a fuse breaks the ad-hoc signature of an arm64 macOS binary; it is signed again.
    resetAdHocDarwinSignature:
      context.electronPlatformName === 'darwin' && context.arch === Arch.arm64,
    ...hardenedFuses,
  });
}
