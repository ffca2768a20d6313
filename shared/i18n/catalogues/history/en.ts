/** history: how a record's change history reads; the English text, the reference every other catalogue of this feature must match key for key. */
export default {};
