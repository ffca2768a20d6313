/** Who this extension syncs as; stored in extension storage by the options page. */
export type Session = {
  serverUrl: string;
  token: string;
  userId: string;
  email: string;
  workspaceId: string;
  workspaceName: string;
};
