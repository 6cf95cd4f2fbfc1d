import * as vscode from 'vscode';
import { urisOfNodes, type ExportRequest } from '../exportCommand';

/** An export request, or what a view item command passes: (clicked node, selected nodes). */
export function asRequest(arg: unknown, nodes: unknown): ExportRequest | undefined {
  if (arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) && ('format' in arg || 'scope' in arg || 'destination' in arg)) return arg as ExportRequest;
  const uris = urisOfNodes(arg, nodes);
  return uris.length ? { scope: 'selected', uris } : undefined;
}
