"""Made by `python -m mobility_cli.check.schema_code` from schemas/mentor.schema.json: do not edit."""
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
    '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$': re.compile('^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?\\Z'),
    '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$': re.compile('^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*\\Z'),
    '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$': re.compile('^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]\\Z')
}

NoneType = type(None)

def validate_https___mobility_dev_schemas_mentor_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://mobility.dev/schemas/mentor.schema.json', 'title': 'mentors/*.yaml: mentor profile', 'type': 'object', 'required': ['id', 'name', 'track', 'level', 'timezone'], 'additionalProperties': False, 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'track': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$', 'x-hint': 'name a level as TRACK/LEVEL, like engineering/ic3 (or a bare LEVEL where it is unique)'}, 'team': {'type': 'string', 'maxLength': 200}, 'bio': {'type': 'string', 'maxLength': 2000}, 'past_levels': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$', 'x-hint': 'name a level as TRACK/LEVEL, like engineering/ic3 (or a bare LEVEL where it is unique)'}}, 'timezone': {'type': 'string', 'minLength': 1, 'description': 'An IANA time zone, like Europe/Berlin or America/New_York.', 'maxLength': 200, 'pattern': '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$', 'x-hint': 'an IANA time zone name, like Europe/Berlin'}, 'working_hours': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$', 'x-hint': 'write working hours as HH:MM-HH:MM in 24-hour time, like "09:00-17:00" (quoted)'}, 'capacity': {'type': 'integer', 'minimum': 0}, 'opt_in': {'type': 'boolean'}, 'history': {'type': 'array', 'items': {'type': 'object', 'required': ['outcome'], 'additionalProperties': False, 'properties': {'year': {'type': 'integer', 'minimum': 1970, 'maximum': 2100}, 'outcome': {'enum': ['moved', 'progressing', 'stalled', 'ended-early']}, 'rating': {'type': 'integer', 'minimum': 1, 'maximum': 5}}}}, 'active_mentees': {'type': 'integer', 'minimum': 0, 'description': 'Mentees this mentor has now; capacity minus this is what is left.'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'name', 'track', 'level', 'timezone']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://mobility.dev/schemas/mentor.schema.json', 'title': 'mentors/*.yaml: mentor profile', 'type': 'object', 'required': ['id', 'name', 'track', 'level', 'timezone'], 'additionalProperties': False, 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'track': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$', 'x-hint': 'name a level as TRACK/LEVEL, like engineering/ic3 (or a bare LEVEL where it is unique)'}, 'team': {'type': 'string', 'maxLength': 200}, 'bio': {'type': 'string', 'maxLength': 2000}, 'past_levels': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$', 'x-hint': 'name a level as TRACK/LEVEL, like engineering/ic3 (or a bare LEVEL where it is unique)'}}, 'timezone': {'type': 'string', 'minLength': 1, 'description': 'An IANA time zone, like Europe/Berlin or America/New_York.', 'maxLength': 200, 'pattern': '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$', 'x-hint': 'an IANA time zone name, like Europe/Berlin'}, 'working_hours': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$', 'x-hint': 'write working hours as HH:MM-HH:MM in 24-hour time, like "09:00-17:00" (quoted)'}, 'capacity': {'type': 'integer', 'minimum': 0}, 'opt_in': {'type': 'boolean'}, 'history': {'type': 'array', 'items': {'type': 'object', 'required': ['outcome'], 'additionalProperties': False, 'properties': {'year': {'type': 'integer', 'minimum': 1970, 'maximum': 2100}, 'outcome': {'enum': ['moved', 'progressing', 'stalled', 'ended-early']}, 'rating': {'type': 'integer', 'minimum': 1, 'maximum': 5}}}}, 'active_mentees': {'type': 'integer', 'minimum': 0, 'description': 'Mentees this mentor has now; capacity minus this is what is left.'}}}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, rule='type')
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, rule='pattern')
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1, 'maxLength': 200}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1, 'maxLength': 200}, rule='minLength')
                if data__name_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be shorter than or equal to 200 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1, 'maxLength': 200}, rule='maxLength')
        if "track" in data_keys:
            data_keys.remove("track")
            data__track = data["track"]
            if not isinstance(data__track, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".track must be string", value=data__track, name="" + (name_prefix or "data") + ".track", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, rule='type')
            if isinstance(data__track, str):
                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__track):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".track must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$", value=data__track, name="" + (name_prefix or "data") + ".track", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, rule='pattern')
        if "level" in data_keys:
            data_keys.remove("level")
            data__level = data["level"]
            if not isinstance(data__level, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must be string", value=data__level, name="" + (name_prefix or "data") + ".level", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$', 'x-hint': 'name a level as TRACK/LEVEL, like engineering/ic3 (or a bare LEVEL where it is unique)'}, rule='type')
            if isinstance(data__level, str):
                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$'].search(data__level):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must match pattern ^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$", value=data__level, name="" + (name_prefix or "data") + ".level", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$', 'x-hint': 'name a level as TRACK/LEVEL, like engineering/ic3 (or a bare LEVEL where it is unique)'}, rule='pattern')
        if "team" in data_keys:
            data_keys.remove("team")
            data__team = data["team"]
            if not isinstance(data__team, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".team must be string", value=data__team, name="" + (name_prefix or "data") + ".team", definition={'type': 'string', 'maxLength': 200}, rule='type')
            if isinstance(data__team, str):
                data__team_len = len(data__team)
                if data__team_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".team must be shorter than or equal to 200 characters", value=data__team, name="" + (name_prefix or "data") + ".team", definition={'type': 'string', 'maxLength': 200}, rule='maxLength')
        if "bio" in data_keys:
            data_keys.remove("bio")
            data__bio = data["bio"]
            if not isinstance(data__bio, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".bio must be string", value=data__bio, name="" + (name_prefix or "data") + ".bio", definition={'type': 'string', 'maxLength': 2000}, rule='type')
            if isinstance(data__bio, str):
                data__bio_len = len(data__bio)
                if data__bio_len > 2000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".bio must be shorter than or equal to 2000 characters", value=data__bio, name="" + (name_prefix or "data") + ".bio", definition={'type': 'string', 'maxLength': 2000}, rule='maxLength')
        if "past_levels" in data_keys:
            data_keys.remove("past_levels")
            data__pastlevels = data["past_levels"]
            if not isinstance(data__pastlevels, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".past_levels must be array", value=data__pastlevels, name="" + (name_prefix or "data") + ".past_levels", definition={'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$', 'x-hint': 'name a level as TRACK/LEVEL, like engineering/ic3 (or a bare LEVEL where it is unique)'}}, rule='type')
            data__pastlevels_is_list = isinstance(data__pastlevels, (list, tuple))
            if data__pastlevels_is_list:
                data__pastlevels_len = len(data__pastlevels)
                for data__pastlevels_x, data__pastlevels_item in enumerate(data__pastlevels):
                    if not isinstance(data__pastlevels_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".past_levels[{data__pastlevels_x}]".format(**locals()) + " must be string", value=data__pastlevels_item, name="" + (name_prefix or "data") + ".past_levels[{data__pastlevels_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$', 'x-hint': 'name a level as TRACK/LEVEL, like engineering/ic3 (or a bare LEVEL where it is unique)'}, rule='type')
                    if isinstance(data__pastlevels_item, str):
                        if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$'].search(data__pastlevels_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".past_levels[{data__pastlevels_x}]".format(**locals()) + " must match pattern ^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$", value=data__pastlevels_item, name="" + (name_prefix or "data") + ".past_levels[{data__pastlevels_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$', 'x-hint': 'name a level as TRACK/LEVEL, like engineering/ic3 (or a bare LEVEL where it is unique)'}, rule='pattern')
        if "timezone" in data_keys:
            data_keys.remove("timezone")
            data__timezone = data["timezone"]
            if not isinstance(data__timezone, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must be string", value=data__timezone, name="" + (name_prefix or "data") + ".timezone", definition={'type': 'string', 'minLength': 1, 'description': 'An IANA time zone, like Europe/Berlin or America/New_York.', 'maxLength': 200, 'pattern': '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$', 'x-hint': 'an IANA time zone name, like Europe/Berlin'}, rule='type')
            if isinstance(data__timezone, str):
                data__timezone_len = len(data__timezone)
                if data__timezone_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must be longer than or equal to 1 characters", value=data__timezone, name="" + (name_prefix or "data") + ".timezone", definition={'type': 'string', 'minLength': 1, 'description': 'An IANA time zone, like Europe/Berlin or America/New_York.', 'maxLength': 200, 'pattern': '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$', 'x-hint': 'an IANA time zone name, like Europe/Berlin'}, rule='minLength')
                if data__timezone_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must be shorter than or equal to 200 characters", value=data__timezone, name="" + (name_prefix or "data") + ".timezone", definition={'type': 'string', 'minLength': 1, 'description': 'An IANA time zone, like Europe/Berlin or America/New_York.', 'maxLength': 200, 'pattern': '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$', 'x-hint': 'an IANA time zone name, like Europe/Berlin'}, rule='maxLength')
                if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$'].search(data__timezone):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must match pattern ^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$", value=data__timezone, name="" + (name_prefix or "data") + ".timezone", definition={'type': 'string', 'minLength': 1, 'description': 'An IANA time zone, like Europe/Berlin or America/New_York.', 'maxLength': 200, 'pattern': '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$', 'x-hint': 'an IANA time zone name, like Europe/Berlin'}, rule='pattern')
        if "working_hours" in data_keys:
            data_keys.remove("working_hours")
            data__workinghours = data["working_hours"]
            if not isinstance(data__workinghours, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".working_hours must be string", value=data__workinghours, name="" + (name_prefix or "data") + ".working_hours", definition={'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$', 'x-hint': 'write working hours as HH:MM-HH:MM in 24-hour time, like "09:00-17:00" (quoted)'}, rule='type')
            if isinstance(data__workinghours, str):
                if not REGEX_PATTERNS['^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$'].search(data__workinghours):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".working_hours must match pattern ^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$", value=data__workinghours, name="" + (name_prefix or "data") + ".working_hours", definition={'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$', 'x-hint': 'write working hours as HH:MM-HH:MM in 24-hour time, like "09:00-17:00" (quoted)'}, rule='pattern')
        if "capacity" in data_keys:
            data_keys.remove("capacity")
            data__capacity = data["capacity"]
            if not isinstance(data__capacity, (int)) and not (isinstance(data__capacity, float) and data__capacity.is_integer()) or isinstance(data__capacity, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".capacity must be integer", value=data__capacity, name="" + (name_prefix or "data") + ".capacity", definition={'type': 'integer', 'minimum': 0}, rule='type')
            if isinstance(data__capacity, (int, float, Decimal)) and not isinstance(data__capacity, bool):
                if data__capacity < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".capacity must be bigger than or equal to 0", value=data__capacity, name="" + (name_prefix or "data") + ".capacity", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
        if "opt_in" in data_keys:
            data_keys.remove("opt_in")
            data__optin = data["opt_in"]
            if not isinstance(data__optin, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".opt_in must be boolean", value=data__optin, name="" + (name_prefix or "data") + ".opt_in", definition={'type': 'boolean'}, rule='type')
        if "history" in data_keys:
            data_keys.remove("history")
            data__history = data["history"]
            if not isinstance(data__history, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".history must be array", value=data__history, name="" + (name_prefix or "data") + ".history", definition={'type': 'array', 'items': {'type': 'object', 'required': ['outcome'], 'additionalProperties': False, 'properties': {'year': {'type': 'integer', 'minimum': 1970, 'maximum': 2100}, 'outcome': {'enum': ['moved', 'progressing', 'stalled', 'ended-early']}, 'rating': {'type': 'integer', 'minimum': 1, 'maximum': 5}}}}, rule='type')
            data__history_is_list = isinstance(data__history, (list, tuple))
            if data__history_is_list:
                data__history_len = len(data__history)
                for data__history_x, data__history_item in enumerate(data__history):
                    if not isinstance(data__history_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}]".format(**locals()) + " must be object", value=data__history_item, name="" + (name_prefix or "data") + ".history[{data__history_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['outcome'], 'additionalProperties': False, 'properties': {'year': {'type': 'integer', 'minimum': 1970, 'maximum': 2100}, 'outcome': {'enum': ['moved', 'progressing', 'stalled', 'ended-early']}, 'rating': {'type': 'integer', 'minimum': 1, 'maximum': 5}}}, rule='type')
                    data__history_item_is_dict = isinstance(data__history_item, dict)
                    if data__history_item_is_dict:
                        data__history_item__missing_keys = set(['outcome']) - data__history_item.keys()
                        if data__history_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}]".format(**locals()) + " must contain " + (str(sorted(data__history_item__missing_keys)) + " properties"), value=data__history_item, name="" + (name_prefix or "data") + ".history[{data__history_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['outcome'], 'additionalProperties': False, 'properties': {'year': {'type': 'integer', 'minimum': 1970, 'maximum': 2100}, 'outcome': {'enum': ['moved', 'progressing', 'stalled', 'ended-early']}, 'rating': {'type': 'integer', 'minimum': 1, 'maximum': 5}}}, rule='required')
                        data__history_item_keys = set(data__history_item.keys())
                        if "year" in data__history_item_keys:
                            data__history_item_keys.remove("year")
                            data__history_item__year = data__history_item["year"]
                            if not isinstance(data__history_item__year, (int)) and not (isinstance(data__history_item__year, float) and data__history_item__year.is_integer()) or isinstance(data__history_item__year, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}].year".format(**locals()) + " must be integer", value=data__history_item__year, name="" + (name_prefix or "data") + ".history[{data__history_x}].year".format(**locals()) + "", definition={'type': 'integer', 'minimum': 1970, 'maximum': 2100}, rule='type')
                            if isinstance(data__history_item__year, (int, float, Decimal)) and not isinstance(data__history_item__year, bool):
                                if data__history_item__year < 1970:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}].year".format(**locals()) + " must be bigger than or equal to 1970", value=data__history_item__year, name="" + (name_prefix or "data") + ".history[{data__history_x}].year".format(**locals()) + "", definition={'type': 'integer', 'minimum': 1970, 'maximum': 2100}, rule='minimum')
                                if data__history_item__year > 2100:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}].year".format(**locals()) + " must be smaller than or equal to 2100", value=data__history_item__year, name="" + (name_prefix or "data") + ".history[{data__history_x}].year".format(**locals()) + "", definition={'type': 'integer', 'minimum': 1970, 'maximum': 2100}, rule='maximum')
                        if "outcome" in data__history_item_keys:
                            data__history_item_keys.remove("outcome")
                            data__history_item__outcome = data__history_item["outcome"]
                            if not (isinstance(data__history_item__outcome, str) and data__history_item__outcome == 'moved' or isinstance(data__history_item__outcome, str) and data__history_item__outcome == 'progressing' or isinstance(data__history_item__outcome, str) and data__history_item__outcome == 'stalled' or isinstance(data__history_item__outcome, str) and data__history_item__outcome == 'ended-early'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}].outcome".format(**locals()) + " must be one of ['moved', 'progressing', 'stalled', 'ended-early']", value=data__history_item__outcome, name="" + (name_prefix or "data") + ".history[{data__history_x}].outcome".format(**locals()) + "", definition={'enum': ['moved', 'progressing', 'stalled', 'ended-early']}, rule='enum')
                        if "rating" in data__history_item_keys:
                            data__history_item_keys.remove("rating")
                            data__history_item__rating = data__history_item["rating"]
                            if not isinstance(data__history_item__rating, (int)) and not (isinstance(data__history_item__rating, float) and data__history_item__rating.is_integer()) or isinstance(data__history_item__rating, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}].rating".format(**locals()) + " must be integer", value=data__history_item__rating, name="" + (name_prefix or "data") + ".history[{data__history_x}].rating".format(**locals()) + "", definition={'type': 'integer', 'minimum': 1, 'maximum': 5}, rule='type')
                            if isinstance(data__history_item__rating, (int, float, Decimal)) and not isinstance(data__history_item__rating, bool):
                                if data__history_item__rating < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}].rating".format(**locals()) + " must be bigger than or equal to 1", value=data__history_item__rating, name="" + (name_prefix or "data") + ".history[{data__history_x}].rating".format(**locals()) + "", definition={'type': 'integer', 'minimum': 1, 'maximum': 5}, rule='minimum')
                                if data__history_item__rating > 5:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}].rating".format(**locals()) + " must be smaller than or equal to 5", value=data__history_item__rating, name="" + (name_prefix or "data") + ".history[{data__history_x}].rating".format(**locals()) + "", definition={'type': 'integer', 'minimum': 1, 'maximum': 5}, rule='maximum')
                        if data__history_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}]".format(**locals()) + " must not contain "+str(data__history_item_keys)+" properties", value=data__history_item, name="" + (name_prefix or "data") + ".history[{data__history_x}]".format(**locals()) + "", definition={'type': 'object', 'required': ['outcome'], 'additionalProperties': False, 'properties': {'year': {'type': 'integer', 'minimum': 1970, 'maximum': 2100}, 'outcome': {'enum': ['moved', 'progressing', 'stalled', 'ended-early']}, 'rating': {'type': 'integer', 'minimum': 1, 'maximum': 5}}}, rule='additionalProperties')
        if "active_mentees" in data_keys:
            data_keys.remove("active_mentees")
            data__activementees = data["active_mentees"]
            if not isinstance(data__activementees, (int)) and not (isinstance(data__activementees, float) and data__activementees.is_integer()) or isinstance(data__activementees, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".active_mentees must be integer", value=data__activementees, name="" + (name_prefix or "data") + ".active_mentees", definition={'type': 'integer', 'minimum': 0, 'description': 'Mentees this mentor has now; capacity minus this is what is left.'}, rule='type')
            if isinstance(data__activementees, (int, float, Decimal)) and not isinstance(data__activementees, bool):
                if data__activementees < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".active_mentees must be bigger than or equal to 0", value=data__activementees, name="" + (name_prefix or "data") + ".active_mentees", definition={'type': 'integer', 'minimum': 0, 'description': 'Mentees this mentor has now; capacity minus this is what is left.'}, rule='minimum')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://mobility.dev/schemas/mentor.schema.json', 'title': 'mentors/*.yaml: mentor profile', 'type': 'object', 'required': ['id', 'name', 'track', 'level', 'timezone'], 'additionalProperties': False, 'properties': {'id': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 200}, 'track': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-hint': 'an id uses lowercase letters, digits and hyphens, like senior-pm'}, 'level': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$', 'x-hint': 'name a level as TRACK/LEVEL, like engineering/ic3 (or a bare LEVEL where it is unique)'}, 'team': {'type': 'string', 'maxLength': 200}, 'bio': {'type': 'string', 'maxLength': 2000}, 'past_levels': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$', 'x-hint': 'name a level as TRACK/LEVEL, like engineering/ic3 (or a bare LEVEL where it is unique)'}}, 'timezone': {'type': 'string', 'minLength': 1, 'description': 'An IANA time zone, like Europe/Berlin or America/New_York.', 'maxLength': 200, 'pattern': '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$', 'x-hint': 'an IANA time zone name, like Europe/Berlin'}, 'working_hours': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$', 'x-hint': 'write working hours as HH:MM-HH:MM in 24-hour time, like "09:00-17:00" (quoted)'}, 'capacity': {'type': 'integer', 'minimum': 0}, 'opt_in': {'type': 'boolean'}, 'history': {'type': 'array', 'items': {'type': 'object', 'required': ['outcome'], 'additionalProperties': False, 'properties': {'year': {'type': 'integer', 'minimum': 1970, 'maximum': 2100}, 'outcome': {'enum': ['moved', 'progressing', 'stalled', 'ended-early']}, 'rating': {'type': 'integer', 'minimum': 1, 'maximum': 5}}}}, 'active_mentees': {'type': 'integer', 'minimum': 0, 'description': 'Mentees this mentor has now; capacity minus this is what is left.'}}}, rule='additionalProperties')
    return data

SCHEMA_DIGEST = "e70bde5aa1954bc304720b06926e3ea1"
validate = validate_https___mobility_dev_schemas_mentor_schema_json
