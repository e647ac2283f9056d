// Ordering key of a list of actors that starts from actors/from/letters: how many letters of the filter's top-level
// letters each actor took part in, as that head counted them (the same as actors/order/letter-count-within).
lettersWithin
