export declare const sharedCacheSeconds: number;
export declare function sharedCachePolicy(value: string): string;
