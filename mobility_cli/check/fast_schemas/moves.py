"""Made by `python -m mobility_cli.check.schema_code` from schemas/moves.schema.json: do not edit."""
# ruff: noqa
# mypy: ignore-errors
VERSION = "2.22.3"
from decimal import Decimal
import re


class JsonSchemaValueException(ValueError):
    """The data is not valid: this module's own, so that using it never imports fastjsonschema."""

    def __init__(self, message, *args, **kwargs):
        super().__init__(message)


JsonSchemaValuesException = JsonSchemaValueException


REGEX_PATTERNS = {
    '^[a-z0-9]+(-[a-z0-9]+)*$': re.compile('^[a-z0-9]+(-[a-z0-9]+)*\\Z'),
    '^p-[0-9a-z]{1,12}$': re.compile('^p-[0-9a-z]{1,12}\\Z'),
    'date_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)\\Z'),
    '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$': re.compile('^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*\\Z')
}

NoneType = type(None)

def validate_https___mobility_example_schemas_moves_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://mobility.example/schemas/moves.schema.json', 'title': 'moves/*.yaml: pseudonymous move records', 'description': 'Internal moves and departures, for program metrics. People appear only as pseudonyms (p-0142); no names.', 'type': 'object', 'required': ['moves'], 'additionalProperties': False, 'properties': {'headcount': {'type': 'integer', 'minimum': 1, 'description': 'People in the company over the period.'}, 'teams': {'type': 'object', 'description': 'Team sizes, for per-team rates.', 'propertyNames': {'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'additionalProperties': {'type': 'integer', 'minimum': 1}}, 'moves': {'type': 'array', 'items': {'type': 'object', 'required': ['person', 'date', 'kind'], 'additionalProperties': False, 'properties': {'person': {'type': 'string', 'pattern': '^p-[0-9a-z]{1,12}$', 'x-hint': 'a pseudonym like p-0142, never a name'}, 'date': {'type': 'string', 'format': 'date'}, 'kind': {'enum': ['promotion', 'lateral', 'temporary', 'return', 'departure']}, 'from': {'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}, 'to': {'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}, 'posting': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}}}}}, '$defs': {'place': {'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['moves']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://mobility.example/schemas/moves.schema.json', 'title': 'moves/*.yaml: pseudonymous move records', 'description': 'Internal moves and departures, for program metrics. People appear only as pseudonyms (p-0142); no names.', 'type': 'object', 'required': ['moves'], 'additionalProperties': False, 'properties': {'headcount': {'type': 'integer', 'minimum': 1, 'description': 'People in the company over the period.'}, 'teams': {'type': 'object', 'description': 'Team sizes, for per-team rates.', 'propertyNames': {'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'additionalProperties': {'type': 'integer', 'minimum': 1}}, 'moves': {'type': 'array', 'items': {'type': 'object', 'required': ['person', 'date', 'kind'], 'additionalProperties': False, 'properties': {'person': {'type': 'string', 'pattern': '^p-[0-9a-z]{1,12}$', 'x-hint': 'a pseudonym like p-0142, never a name'}, 'date': {'type': 'string', 'format': 'date'}, 'kind': {'enum': ['promotion', 'lateral', 'temporary', 'return', 'departure']}, 'from': {'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}, 'to': {'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}, 'posting': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}}}}}, '$defs': {'place': {'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}}}, rule='required')
        data_keys = set(data.keys())
        if "headcount" in data_keys:
            data_keys.remove("headcount")
            data__headcount = data["headcount"]
            if not isinstance(data__headcount, (int)) and not (isinstance(data__headcount, float) and data__headcount.is_integer()) or isinstance(data__headcount, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".headcount must be integer", value=data__headcount, name="" + (name_prefix or "data") + ".headcount", definition={'type': 'integer', 'minimum': 1, 'description': 'People in the company over the period.'}, rule='type')
            if isinstance(data__headcount, (int, float, Decimal)) and not isinstance(data__headcount, bool):
                if data__headcount < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".headcount must be bigger than or equal to 1", value=data__headcount, name="" + (name_prefix or "data") + ".headcount", definition={'type': 'integer', 'minimum': 1, 'description': 'People in the company over the period.'}, rule='minimum')
        if "teams" in data_keys:
            data_keys.remove("teams")
            data__teams = data["teams"]
            if not isinstance(data__teams, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".teams must be object", value=data__teams, name="" + (name_prefix or "data") + ".teams", definition={'type': 'object', 'description': 'Team sizes, for per-team rates.', 'propertyNames': {'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'additionalProperties': {'type': 'integer', 'minimum': 1}}, rule='type')
            data__teams_is_dict = isinstance(data__teams, dict)
            if data__teams_is_dict:
                data__teams_keys = set(data__teams.keys())
                for data__teams_key in data__teams_keys:
                    if data__teams_key not in []:
                        data__teams_value = data__teams.get(data__teams_key)
                        if not isinstance(data__teams_value, (int)) and not (isinstance(data__teams_value, float) and data__teams_value.is_integer()) or isinstance(data__teams_value, bool):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".teams.{data__teams_key}".format(**locals()) + " must be integer", value=data__teams_value, name="" + (name_prefix or "data") + ".teams.{data__teams_key}".format(**locals()) + "", definition={'type': 'integer', 'minimum': 1}, rule='type')
                        if isinstance(data__teams_value, (int, float, Decimal)) and not isinstance(data__teams_value, bool):
                            if data__teams_value < 1:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".teams.{data__teams_key}".format(**locals()) + " must be bigger than or equal to 1", value=data__teams_value, name="" + (name_prefix or "data") + ".teams.{data__teams_key}".format(**locals()) + "", definition={'type': 'integer', 'minimum': 1}, rule='minimum')
                data__teams_len = len(data__teams)
                if data__teams_len != 0:
                    data__teams_property_names = True
                    for data__teams_key in data__teams:
                        try:
                            if isinstance(data__teams_key, str):
                                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__teams_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".teams must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$", value=data__teams_key, name="" + (name_prefix or "data") + ".teams", definition={'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, rule='pattern')
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__teams_property_names = False
                    if not data__teams_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".teams must be named by propertyName definition", value=data__teams, name="" + (name_prefix or "data") + ".teams", definition={'type': 'object', 'description': 'Team sizes, for per-team rates.', 'propertyNames': {'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'additionalProperties': {'type': 'integer', 'minimum': 1}}, rule='propertyNames')
        if "moves" in data_keys:
            data_keys.remove("moves")
            data__moves = data["moves"]
            if not isinstance(data__moves, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves must be array", value=data__moves, name="" + (name_prefix or "data") + ".moves", definition={'type': 'array', 'items': {'type': 'object', 'required': ['person', 'date', 'kind'], 'additionalProperties': False, 'properties': {'person': {'type': 'string', 'pattern': '^p-[0-9a-z]{1,12}$', 'x-hint': 'a pseudonym like p-0142, never a name'}, 'date': {'type': 'string', 'format': 'date'}, 'kind': {'enum': ['promotion', 'lateral', 'temporary', 'return', 'departure']}, 'from': {'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}, 'to': {'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}, 'posting': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}}}}, rule='type')
            data__moves_is_list = isinstance(data__moves, (list, tuple))
            if data__moves_is_list:
                data__moves_len = len(data__moves)
                for data__moves_x, data__moves_item in enumerate(data__moves):
                    if not isinstance(data__moves_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}]".format(**locals()) + " must be object", value=data__moves_item, name="" + (name_prefix or "data") + ".moves[{data__moves_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['person', 'date', 'kind'], 'additionalProperties': False, 'properties': {'person': {'type': 'string', 'pattern': '^p-[0-9a-z]{1,12}$', 'x-hint': 'a pseudonym like p-0142, never a name'}, 'date': {'type': 'string', 'format': 'date'}, 'kind': {'enum': ['promotion', 'lateral', 'temporary', 'return', 'departure']}, 'from': {'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}, 'to': {'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}, 'posting': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}}}, rule='type')
                    data__moves_item_is_dict = isinstance(data__moves_item, dict)
                    if data__moves_item_is_dict:
                        data__moves_item__missing_keys = set(['person', 'date', 'kind']) - data__moves_item.keys()
                        if data__moves_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}]".format(**locals()) + " must contain " + (str(sorted(data__moves_item__missing_keys)) + " properties"), value=data__moves_item, name="" + (name_prefix or "data") + ".moves[{data__moves_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['person', 'date', 'kind'], 'additionalProperties': False, 'properties': {'person': {'type': 'string', 'pattern': '^p-[0-9a-z]{1,12}$', 'x-hint': 'a pseudonym like p-0142, never a name'}, 'date': {'type': 'string', 'format': 'date'}, 'kind': {'enum': ['promotion', 'lateral', 'temporary', 'return', 'departure']}, 'from': {'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}, 'to': {'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}, 'posting': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}}}, rule='required')
                        data__moves_item_keys = set(data__moves_item.keys())
                        if "person" in data__moves_item_keys:
                            data__moves_item_keys.remove("person")
                            data__moves_item__person = data__moves_item["person"]
                            if not isinstance(data__moves_item__person, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}].person".format(**locals()) + " must be string", value=data__moves_item__person, name="" + (name_prefix or "data") + ".moves[{data__moves_x}].person".format(**locals()) + "", definition={'type': 'string', 'pattern': '^p-[0-9a-z]{1,12}$', 'x-hint': 'a pseudonym like p-0142, never a name'}, rule='type')
                            if isinstance(data__moves_item__person, str):
                                if not REGEX_PATTERNS['^p-[0-9a-z]{1,12}$'].search(data__moves_item__person):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}].person".format(**locals()) + " must match pattern ^p-[0-9a-z]{1,12}$", value=data__moves_item__person, name="" + (name_prefix or "data") + ".moves[{data__moves_x}].person".format(**locals()) + "", definition={'type': 'string', 'pattern': '^p-[0-9a-z]{1,12}$', 'x-hint': 'a pseudonym like p-0142, never a name'}, rule='pattern')
                        if "date" in data__moves_item_keys:
                            data__moves_item_keys.remove("date")
                            data__moves_item__date = data__moves_item["date"]
                            if not isinstance(data__moves_item__date, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}].date".format(**locals()) + " must be string", value=data__moves_item__date, name="" + (name_prefix or "data") + ".moves[{data__moves_x}].date".format(**locals()) + "", definition={'type': 'string', 'format': 'date'}, rule='type')
                            if isinstance(data__moves_item__date, str):
                                if not REGEX_PATTERNS["date_re_pattern"].match(data__moves_item__date):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}].date".format(**locals()) + " must be date", value=data__moves_item__date, name="" + (name_prefix or "data") + ".moves[{data__moves_x}].date".format(**locals()) + "", definition={'type': 'string', 'format': 'date'}, rule='format')
                        if "kind" in data__moves_item_keys:
                            data__moves_item_keys.remove("kind")
                            data__moves_item__kind = data__moves_item["kind"]
                            if not (isinstance(data__moves_item__kind, str) and data__moves_item__kind == 'promotion' or isinstance(data__moves_item__kind, str) and data__moves_item__kind == 'lateral' or isinstance(data__moves_item__kind, str) and data__moves_item__kind == 'temporary' or isinstance(data__moves_item__kind, str) and data__moves_item__kind == 'return' or isinstance(data__moves_item__kind, str) and data__moves_item__kind == 'departure'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}].kind".format(**locals()) + " must be one of ['promotion', 'lateral', 'temporary', 'return', 'departure']", value=data__moves_item__kind, name="" + (name_prefix or "data") + ".moves[{data__moves_x}].kind".format(**locals()) + "", definition={'enum': ['promotion', 'lateral', 'temporary', 'return', 'departure']}, rule='enum')
                        if "from" in data__moves_item_keys:
                            data__moves_item_keys.remove("from")
                            data__moves_item__from = data__moves_item["from"]
                            validate_https___mobility_example_schemas_moves_schema_json___defs_place(data__moves_item__from, custom_formats, (name_prefix or "data") + ".moves[{data__moves_x}].from".format(**locals()))
                        if "to" in data__moves_item_keys:
                            data__moves_item_keys.remove("to")
                            data__moves_item__to = data__moves_item["to"]
                            validate_https___mobility_example_schemas_moves_schema_json___defs_place(data__moves_item__to, custom_formats, (name_prefix or "data") + ".moves[{data__moves_x}].to".format(**locals()))
                        if "posting" in data__moves_item_keys:
                            data__moves_item_keys.remove("posting")
                            data__moves_item__posting = data__moves_item["posting"]
                            if not isinstance(data__moves_item__posting, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}].posting".format(**locals()) + " must be string", value=data__moves_item__posting, name="" + (name_prefix or "data") + ".moves[{data__moves_x}].posting".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, rule='type')
                            if isinstance(data__moves_item__posting, str):
                                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__moves_item__posting):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}].posting".format(**locals()) + " must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$", value=data__moves_item__posting, name="" + (name_prefix or "data") + ".moves[{data__moves_x}].posting".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, rule='pattern')
                        if data__moves_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}]".format(**locals()) + " must not contain "+str(data__moves_item_keys)+" properties", value=data__moves_item, name="" + (name_prefix or "data") + ".moves[{data__moves_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['person', 'date', 'kind'], 'additionalProperties': False, 'properties': {'person': {'type': 'string', 'pattern': '^p-[0-9a-z]{1,12}$', 'x-hint': 'a pseudonym like p-0142, never a name'}, 'date': {'type': 'string', 'format': 'date'}, 'kind': {'enum': ['promotion', 'lateral', 'temporary', 'return', 'departure']}, 'from': {'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}, 'to': {'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}, 'posting': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}}}, rule='additionalProperties')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://mobility.example/schemas/moves.schema.json', 'title': 'moves/*.yaml: pseudonymous move records', 'description': 'Internal moves and departures, for program metrics. People appear only as pseudonyms (p-0142); no names.', 'type': 'object', 'required': ['moves'], 'additionalProperties': False, 'properties': {'headcount': {'type': 'integer', 'minimum': 1, 'description': 'People in the company over the period.'}, 'teams': {'type': 'object', 'description': 'Team sizes, for per-team rates.', 'propertyNames': {'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'additionalProperties': {'type': 'integer', 'minimum': 1}}, 'moves': {'type': 'array', 'items': {'type': 'object', 'required': ['person', 'date', 'kind'], 'additionalProperties': False, 'properties': {'person': {'type': 'string', 'pattern': '^p-[0-9a-z]{1,12}$', 'x-hint': 'a pseudonym like p-0142, never a name'}, 'date': {'type': 'string', 'format': 'date'}, 'kind': {'enum': ['promotion', 'lateral', 'temporary', 'return', 'departure']}, 'from': {'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}, 'to': {'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}, 'posting': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}}}}}, '$defs': {'place': {'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}}}, rule='additionalProperties')
    return data

def validate_https___mobility_example_schemas_moves_schema_json___defs_place(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "team" in data_keys:
            data_keys.remove("team")
            data__team = data["team"]
            if not isinstance(data__team, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".team must be string", value=data__team, name="" + (name_prefix or "data") + ".team", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, rule='type')
            if isinstance(data__team, str):
                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__team):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".team must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$", value=data__team, name="" + (name_prefix or "data") + ".team", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, rule='pattern')
        if "level" in data_keys:
            data_keys.remove("level")
            data__level = data["level"]
            if not isinstance(data__level, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must be string", value=data__level, name="" + (name_prefix or "data") + ".level", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}, rule='type')
            if isinstance(data__level, str):
                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$'].search(data__level):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must match pattern ^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$", value=data__level, name="" + (name_prefix or "data") + ".level", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}, rule='pattern')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'properties': {'team': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'TRACK/LEVEL, e.g. engineering/ic3'}}}, rule='additionalProperties')
    return data

SCHEMA_DIGEST = "09fe2cfdb03560ef660fa046089b55e8"
validate = validate_https___mobility_example_schemas_moves_schema_json
