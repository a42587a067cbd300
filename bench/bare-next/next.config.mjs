/** As the origin: no compression in Node (a front proxy compresses), no X-Powered-By. */
const config = { compress: false, poweredByHeader: false };
export default config;
