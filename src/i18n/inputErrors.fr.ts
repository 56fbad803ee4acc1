/** Paramètres et specs de balayage invalides, pour la ligne de commande et le labo (clés de ParamError et SweepSpecError). */
export const inputErrorsFr = {
  unknownParam: 'paramètre inconnu « {key} » ; clés valides : {choices}',
  unknownParamNear: 'paramètre inconnu « {key} » ; vouliez-vous dire {near} ?',
  badChoice: '{key} doit valoir {choices} (reçu « {got} »)',
  badChoiceNear: '{key} doit valoir {choices} (reçu « {got} » ; vouliez-vous dire {near} ?)',
  notNumber: '{key} doit être un nombre de {min} à {max} {unit} (reçu « {got} »)',
  notWhole: '{key} doit être un nombre entier de {min} à {max} (reçu {got})',
  outOfRange: '{key} doit être compris entre {min} et {max} {unit} (reçu {got})',
  invalidParam: 'paramètre invalide {key}',
  unknownScenario: 'scénario inconnu « {id} » ; scénarios valides : {choices}',
  unknownScenarioNear: 'scénario inconnu « {id} » ; vouliez-vous dire {near} ?',
  specShape: 'la spec : {detail}',
  specField: '{field} : {detail}',
  tooManyRuns: 'la spec demande {count} parties ; au plus {max} par balayage (découpez-la)',
  plain: '{message}',
};
