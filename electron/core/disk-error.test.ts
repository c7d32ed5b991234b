import { describe, expect, it } from 'vitest';
import { frenchText } from '../test-support/french-text';
import { asDiskError, diskProblemOf, isDiskError } from './disk-error';

describe('a disk that refuses writes', () => {
  it('is named for the administrator in their language, the folder given, English kept', () => {
    const error = asDiskError(
      Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }),
      '/srv/console',
    );
    if (!isDiskError(error)) throw new Error('expected a DiskError');
    expect(error.message).toBe(
      'The console cannot write to /srv/console: the disk is full. Nothing was lost; make the folder writable, then try again.',
    );
    expect(frenchText(error.text)).toBe(
      "La console ne peut pas écrire dans /srv/console : le disque est plein. Rien n'a été perdu ; rendez le dossier accessible en écriture, puis réessayez.",
    );
  });

  it('has a phrase for each refusal it knows, and none for other errors', () => {
    const phrase = (code: string) => {
      const problem = diskProblemOf({ code });
      return problem && frenchText(problem);
    };
    expect(phrase('EROFS')).toBe('il est en lecture seule');
    expect(phrase('EACCES')).toBe("l'autorisation est refusée");
    expect(phrase('ENOENT')).toBeNull();
    expect(diskProblemOf('EROFS')).toBeNull();
  });
});
