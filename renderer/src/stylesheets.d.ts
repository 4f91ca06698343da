// antd's stylesheet in parts (renderer/build/trim-antd-styles.ts): imported for its effect, it exports nothing.
declare module 'antd/dist/antd.css?rest';
