/** trash: deleted records, their list and their restore; the English text, the reference every other catalogue of this feature must match key for key. */
export default {};
