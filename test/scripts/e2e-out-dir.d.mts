/** The project's root folder, absolute. */
export declare const ROOT: string;
/** The folder the end-to-end run builds into and serves from, absolute. */
export declare const E2E_OUT_DIR: string;
