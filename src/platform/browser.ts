// The only import of webextension-polyfill: everything else reaches the extension APIs through
// this module, so a test can run the rest of src/platform with fakes.
import browser from 'webextension-polyfill';

export { browser };
export type { Browser, Cookies, Downloads, Tabs, WebRequest, Runtime, Storage } from 'webextension-polyfill';
