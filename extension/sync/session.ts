/** Who this extension syncs as; stored in extension storage by the options page. */
export type Session = {
  serverUrl: string;
  token: string;
  userId: string;
  email: string;
  role: 'admin' | 'member';
  workspaceId: string;
  workspaceName: string;
};

/** The part of a session that local mutations run as. */
export type Actor = { userId: string; workspaceId: string; role: 'admin' | 'member' };

export function actorOf(session: Session): Actor {
  // Sessions stored before roles existed act as members; the server decides anyway.
  return { userId: session.userId, workspaceId: session.workspaceId, role: session.role ?? 'member' };
}
