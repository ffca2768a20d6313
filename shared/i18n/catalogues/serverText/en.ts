/** server: the English text, the reference every other catalogue of this feature must match key for key. */
export default {
  'server.mail.notConfigured': 'Not sent: e-mail is not configured on the server (SMTP_URL or SMTP_HOST, and MAIL_FROM)',
  'server.mail.optedOut': 'Not sent: this address unsubscribed from mailings of this workspace',
  'server.mail.notSent': 'Not sent: {problem}',
  'server.mail.unsubscribeLine': 'To get no more e-mails like this: {url}',
  'server.calendar.feedName': 'Fjord CRM: {name}',
  'server.calendar.appointmentFile': 'appointment',
  'server.unsubscribe.notKnownTitle': 'This link is not known',
  'server.unsubscribe.notKnown': 'It may have been copied only in part. Nothing was changed.',
  'server.unsubscribe.retiredTitle': 'This link no longer works',
  'server.unsubscribe.retired':
    'Unsubscribe links in older mailings were replaced by safer ones. Use the link in a newer message from the sender, or reply to the message and ask to be removed. Nothing was changed.',
  'server.unsubscribe.tooManyTitle': 'Too many requests',
  'server.unsubscribe.tooMany':
    'This address has opened too many unsubscribe links in a short time. Try again in {seconds, plural, one {# second} other {# seconds}}.',
  'server.unsubscribe.doneTitle': 'You are unsubscribed',
  'server.unsubscribe.done': '{address} gets no more mailings from {workspace}.',
  'server.unsubscribe.askTitle': 'Unsubscribe from these mailings?',
  'server.unsubscribe.ask': '{address} will get no more mailings from {workspace}.',
  'server.unsubscribe.button': 'Unsubscribe',
  'server.credit.ratingChanged': '{company}: credit rating changed',
  'server.credit.bankrupt': '{company} is bankrupt',
  'server.credit.deleted': '{company} was deleted from the register',
  'server.credit.forcedDissolution': '{company} is under compulsory dissolution',
  'server.credit.dissolving': '{company} is being wound up',
};
