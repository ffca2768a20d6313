import { secureHeaders } from 'hono/secure-headers';

type ContentSecurityPolicyOptions = NonNullable<NonNullable<Parameters<typeof secureHeaders>[0]>['contentSecurityPolicy']>;

/** A response opened as a page (an API answer, a file) runs and frames nothing. */
const NOTHING: ContentSecurityPolicyOptions = { defaultSrc: ["'none'"], frameAncestors: ["'none'"] };

/**
 * The dashboard page's policy. The token lives in localStorage, so the page must never run script
 * that is not one of its own files: no inline script, no eval. Preact and uPlot style elements
 * through the CSSOM (`el.style.x = …`), which `style-src 'self'` allows; logos are object URLs
 * (`blob:`), chart and icons may be `data:`. Everything it fetches is this origin's API.
 */
export const DASHBOARD_CSP: ContentSecurityPolicyOptions = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Security headers: no MIME sniffing, no framing (X-Frame-Options for browsers that predate
 * frame-ancestors), the referrer kept to this origin, and `policy`. `overwrite: false` leaves what
 * a route set itself (the unsubscribe pages' and the blob route's own policies). HSTS is left to the
 * TLS proxy in front: the server speaks plain HTTP and cannot know the domain's subdomains.
 */
const withPolicy = (policy: ContentSecurityPolicyOptions) =>
  secureHeaders({
    overwrite: false,
    contentSecurityPolicy: policy,
    xFrameOptions: 'DENY',
    referrerPolicy: 'same-origin',
    strictTransportSecurity: false,
    // The extension's dashboard page reads the API (and logos) across origins through CORS, which CORP does not block.
    crossOriginResourcePolicy: false,
  });

/** On every response: API, sync, static files, errors. */
export const everyResponseHeaders = () => withPolicy(NOTHING);

/** On the dashboard page; runs inside `everyResponseHeaders`, which then keeps this policy. */
export const dashboardHeaders = () => withPolicy(DASHBOARD_CSP);
