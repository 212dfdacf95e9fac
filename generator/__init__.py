"""Gongbao: county government gazettes (人民政府公报) as a model, open datasets and a site."""

__version__ = "0.1.0"
