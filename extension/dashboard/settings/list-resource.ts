/** Which records a list shows: where the API serves them, where their cards open, and their names in sentences. */
export type ListResource = {
  api: '/api/companies' | '/api/contacts';
  route: '#/companies' | '#/contacts';
  /** "company", "companies", "Companies": for "Applied to 30 of 30 companies." and file and sheet names. */
  one: string;
  many: string;
  title: string;
};

export const COMPANY_LIST: ListResource = {
  api: '/api/companies',
  route: '#/companies',
  one: 'company',
  many: 'companies',
  title: 'Companies',
};

export const CONTACT_LIST: ListResource = {
  api: '/api/contacts',
  route: '#/contacts',
  one: 'contact',
  many: 'contacts',
  title: 'Contacts',
};
