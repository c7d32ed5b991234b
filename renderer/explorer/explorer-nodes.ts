import type { IconName } from '@blueprintjs/icons';
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
    label: 'Profiles and Targets',
    icon: 'folder-close',
    description: 'The people the platform addresses, and the lists built from them.',
    children: [
      {
        id: 'recipients',
        label: 'Recipients',
        icon: 'people',
        description: 'The profiles of the platform, imported from the CRMs or entered here.',
      },
    ],
  },
  {
    id: 'administration',
    label: 'Administration',
    icon: 'cog',
    description: 'Platform settings, configuration and production.',
    children: [
      {
        id: 'platform',
        label: 'Platform',
        icon: 'folder-close',
        description: 'External accounts, options and enumerations of the instance.',
        children: [
          {
            id: 'external-accounts',
            label: 'External accounts',
            icon: 'globe-network',
            description: 'Connection settings of each CRM and of the platform’s other servers.',
          },
          {
            id: 'options',
            label: 'Options',
            icon: 'properties',
            description: 'Named values read by workflows, such as the date of the last import.',
          },
          {
            id: 'enumerations',
            label: 'Enumerations',
            icon: 'list',
            description: 'Lists of values offered in fields, imported from CRM picklists or typed.',
          },
        ],
      },
      {
        id: 'configuration',
        label: 'Configuration',
        icon: 'folder-close',
        description: 'The data model of the platform.',
        children: [
          {
            id: 'data-schemas',
            label: 'Data schemas',
            icon: 'database',
            description: 'Tables of the platform, including those generated from CRM tables.',
          },
        ],
      },
      {
        id: 'production',
        label: 'Production',
        icon: 'folder-close',
        description: 'Technical workflows that move data between the platform and the CRMs.',
        children: [
          {
            id: 'workflows',
            label: 'Workflows',
            icon: 'flow-branch',
            description: 'Imports, exports and synchronizations, with their schedule and history.',
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
