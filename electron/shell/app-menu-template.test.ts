import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from './app-menu-template';

const labels = (language: 'en' | 'fr') =>
  appMenuTemplate({ logOff: () => undefined }, language).map((item) => [
    item.label,
    (item.submenu as { label?: string }[]).map((sub) => sub.label ?? '-'),
  ]);

describe('the app menu', () => {
  it('is labelled in English', () => {
    expect(labels('en')).toEqual([
      ['File', ['Log off', '-', 'Quit']],
      ['Edit', ['Undo', 'Redo', '-', 'Cut', 'Copy', 'Paste', 'Select All']],
    ]);
  });

  it("is labelled in the operator's language, French here", () => {
    expect(labels('fr')).toEqual([
      ['Fichier', ['Se déconnecter', '-', 'Quitter']],
      ['Édition', ['Annuler', 'Rétablir', '-', 'Couper', 'Copier', 'Coller', 'Tout sélectionner']],
    ]);
  });

  it('logs off from File > Log off', () => {
    let loggedOff = 0;
    const [file] = appMenuTemplate({ logOff: () => loggedOff++ }, 'fr');
    const logOff = (file?.submenu as { click?: () => void }[])[0];
    logOff?.click?.();
    expect(loggedOff).toBe(1);
  });
});
