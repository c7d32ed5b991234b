import type { ReactNode } from 'react';
import type { AccountSecretName } from '../../../shared/domain/accounts';
import type { AccountDraft, AccountField } from './account-draft';

/** What a kind's section of the account form is given by the form around it. */
export interface KindSectionProps {
  draft: AccountDraft;
  /** Changes one field of the draft, marking it touched. */
  change(field: AccountField, update: (d: AccountDraft) => AccountDraft): void;
  /** The field's message, once it should be shown. */
  shown(field: AccountField): string | undefined;
  secretField(name: AccountSecretName, label: string, slug: string, help?: string): ReactNode;
  /** The Demo account: its connection comes from the built-in emulator. */
  demo: boolean;
}
