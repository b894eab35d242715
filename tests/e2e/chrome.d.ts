/** The extension API, for code the tests evaluate inside the browser (the worker and Tend's pages). */
declare const chrome: import('@wxt-dev/browser').Browser;
