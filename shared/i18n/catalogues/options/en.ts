/** options: the English text, the reference every other catalogue of this feature must match key for key. */
export default {
  'options.title': 'Fjord CRM settings',
  'options.signIn': 'Sign in',
  'options.signedIn': 'Signed in as {email} to {workspace} on {server}',
  'options.syncNow': 'Sync now',
  'options.openDashboard': 'Open dashboard',
  'options.webmail.title': 'Gmail and Outlook',
  'options.webmail.autoLog': 'Log conversations with known contacts automatically',
  'options.webmail.autoLogHint': 'Opening a conversation logs its newest message on the people Fjord knows.',
  'options.webmail.neverLog': 'Never log',
  'options.webmail.neverLogHint': 'Addresses or domains, one per line: conversations with them are never logged.',
  'options.webmail.neverLogError': 'Never log: {errors}',
  'options.webmail.ownAddresses': 'My other addresses',
  'options.webmail.ownAddressesHint': 'Left out of the sidebar, like the address you sign in to Fjord with.',
  'options.webmail.ownAddressesError': 'My other addresses: {errors}',
  'options.webmail.saved': 'Saved',
};
