/** OpenCC's traditional-to-simplified character table as opencc-js ships it: `trad simp[ alt]|…`. */
declare module 'opencc-js/dict/TSCharacters' {
  const table: string;
  export default table;
}
