import * as vscode from 'vscode';

/**
 * The files a command was run on, from a view item or the Explorer: the
 * selection when there is one, else the clicked item; each a URI or an item
 * with a `uri` (a Transcripts view node). Each file once, in order.
 */
export function urisOfNodes(node: unknown, nodes: unknown): vscode.Uri[] {
  const list = Array.isArray(nodes) && nodes.length ? nodes : node ? [node] : [];
  const out = new Map<string, vscode.Uri>();
  for (const n of list) {
    const uri = n instanceof vscode.Uri ? n : (n as { uri?: unknown } | null | undefined)?.uri;
    if (uri instanceof vscode.Uri) out.set(uri.toString(), uri);
  }
  return [...out.values()];
}
