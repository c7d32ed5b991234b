import type { IconName } from '@blueprintjs/icons';
import { consoleI18n } from '../i18n/console-i18n';
import { pathTo } from './tree-navigation';

export type ExplorerNodeId =
  | 'profiles-and-targets'
  | 'recipients'
  | 'administration'
  | 'platform'
  | 'external-accounts'
  | 'options'
  | 'enumerations'
  | 'configuration'
  | 'data-schemas'
  | 'production'
  | 'workflows';

export interface ExplorerNode {
  readonly id: ExplorerNodeId;
  /** In the window's language, read when shown. */
  readonly label: string;
  /** Leaf icon; folders show an open or closed folder. */
  readonly icon: IconName;
  /** One line for the list view of the parent folder. */
  readonly description: string;
  readonly children?: readonly ExplorerNode[];
}

/** The explorer of the Campaign client, reduced to the nodes this console manages. */
export const explorerTree: readonly ExplorerNode[] = [
  {
    id: 'profiles-and-targets',
    get label() {
      return consoleI18n.t('shell:nodes.profilesAndTargets.label');
    },
    icon: 'folder-close',
    get description() {
      return consoleI18n.t('shell:nodes.profilesAndTargets.description');
    },
    children: [
      {
        id: 'recipients',
        get label() {
          return consoleI18n.t('shell:nodes.recipients.label');
        },
        icon: 'people',
        get description() {
          return consoleI18n.t('shell:nodes.recipients.description');
        },
      },
    ],
  },
  {
    id: 'administration',
    get label() {
      return consoleI18n.t('shell:nodes.administration.label');
    },
    icon: 'cog',
    get description() {
      return consoleI18n.t('shell:nodes.administration.description');
    },
    children: [
      {
        id: 'platform',
        get label() {
          return consoleI18n.t('shell:nodes.platform.label');
        },
        icon: 'folder-close',
        get description() {
          return consoleI18n.t('shell:nodes.platform.description');
        },
        children: [
          {
            id: 'external-accounts',
            get label() {
              return consoleI18n.t('shell:nodes.externalAccounts.label');
            },
            icon: 'globe-network',
            get description() {
              return consoleI18n.t('shell:nodes.externalAccounts.description');
            },
          },
          {
            id: 'options',
            get label() {
              return consoleI18n.t('shell:nodes.options.label');
            },
            icon: 'properties',
            get description() {
              return consoleI18n.t('shell:nodes.options.description');
            },
          },
          {
            id: 'enumerations',
            get label() {
              return consoleI18n.t('shell:nodes.enumerations.label');
            },
            icon: 'list',
            get description() {
              return consoleI18n.t('shell:nodes.enumerations.description');
            },
          },
        ],
      },
      {
        id: 'configuration',
        get label() {
          return consoleI18n.t('shell:nodes.configuration.label');
        },
        icon: 'folder-close',
        get description() {
          return consoleI18n.t('shell:nodes.configuration.description');
        },
        children: [
          {
            id: 'data-schemas',
            get label() {
              return consoleI18n.t('shell:nodes.dataSchemas.label');
            },
            icon: 'database',
            get description() {
              return consoleI18n.t('shell:nodes.dataSchemas.description');
            },
          },
        ],
      },
      {
        id: 'production',
        get label() {
          return consoleI18n.t('shell:nodes.production.label');
        },
        icon: 'folder-close',
        get description() {
          return consoleI18n.t('shell:nodes.production.description');
        },
        children: [
          {
            id: 'workflows',
            get label() {
              return consoleI18n.t('shell:nodes.workflows.label');
            },
            icon: 'flow-branch',
            get description() {
              return consoleI18n.t('shell:nodes.workflows.description');
            },
          },
        ],
      },
    ],
  },
];

function index(nodes: readonly ExplorerNode[], into: Map<ExplorerNodeId, ExplorerNode>) {
  for (const node of nodes) {
    into.set(node.id, node);
    index(node.children ?? [], into);
  }
  return into;
}

const byId = index(explorerTree, new Map());

export function explorerNode(id: ExplorerNodeId): ExplorerNode {
  const node = byId.get(id);
  if (!node) throw new Error(`Unknown explorer node '${id}'.`);
  return node;
}

export function isExplorerNodeId(id: string): id is ExplorerNodeId {
  return byId.has(id as ExplorerNodeId);
}

/** The nodes from the root down to this one, for the view's breadcrumb. */
export function explorerPath(id: ExplorerNodeId): ExplorerNode[] {
  return pathTo(explorerTree, id).map((step) => explorerNode(step as ExplorerNodeId));
}
