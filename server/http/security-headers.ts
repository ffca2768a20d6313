import { secureHeaders } from 'hono/secure-headers';

/**
 * Headers on every response (API, sync, static files, errors): no MIME sniffing, no framing, the
 * referrer kept to this origin, and a policy under which a response opened as a page runs nothing
 * (the dashboard page sets its own, `dashboardHeaders`). `overwrite: false` leaves what a route set itself (the unsubscribe
 * pages' and the blob route's stricter policies). HSTS is left to the TLS proxy in front: the server
 * itself speaks plain HTTP and cannot know the domain's subdomains.
 */
export const everyResponseHeaders = () =>
  secureHeaders({
    overwrite: false,
    xFrameOptions: 'DENY',
    referrerPolicy: 'same-origin',
    strictTransportSecurity: false,
    // The extension's dashboard page reads the API (and logos) across origins through CORS, which CORP does not block.
    crossOriginResourcePolicy: false,
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  });

/**
 * The dashboard page's policy. The token lives in localStorage, so the page must never run script
 * that is not one of its own files: no inline script, no eval. Preact and uPlot style elements
 * through the CSSOM (`el.style.x = …`), which `style-src 'self'` allows; logos are object URLs
 * (`blob:`), chart and icons may be `data:`. Everything it fetches is this origin's API.
 */
export const DASHBOARD_CSP = {
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

export const dashboardHeaders = () => secureHeaders({ contentSecurityPolicy: DASHBOARD_CSP, overwrite: false });
